import Foundation
import GRDB
import KartleggCore

extension SQLiteStorage {
  /// The names of all cohorts, in no particular order.
  ///
  /// - Returns: The names.
  /// - Throws: ``StorageError`` when the file cannot be read.
  public func cohortNames() throws -> [String] {
    try read { db in try String.fetchAll(db, sql: "SELECT name FROM cohort") }
  }

  /// Participants in registration order, with the latest intake's status and level in force.
  ///
  /// - Parameters:
  ///   - cohort: Only this cohort, when given.
  ///   - includeNames: Whether to read names (audit-logged by the caller's command).
  /// - Returns: The participants.
  /// - Throws: ``StorageError`` when the database is busy, damaged or lacks the record.
  public func participants(cohort: String?, includeNames: Bool) throws -> [ParticipantSummary] {
    try read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT p.id, c.name AS cohort, p.registered_at, i.status,
            coalesce(
              (SELECT o.chosen FROM override o
                WHERE o.intake_id = i.id AND o.part = 'overall-level' ORDER BY o.id DESC LIMIT 1),
              v.value) AS level,
            CASE WHEN ? THEN n.name END AS name
          FROM participant p
          JOIN cohort c ON c.id = p.cohort_id
          LEFT JOIN intake i ON i.id =
            (SELECT max(id) FROM intake WHERE participant_id = p.id)
          LEFT JOIN result_value v ON v.intake_id = i.id AND v.part = 'overall-level'
          LEFT JOIN identity n ON n.participant_id = p.id
          WHERE ? IS NULL OR c.name = ?
          ORDER BY p.rowid
          """,
        arguments: [includeNames, cohort, cohort])
      return rows.map { row in
        ParticipantSummary(
          id: ParticipantID(row["id"] as String), cohort: row["cohort"],
          status: (row["status"] as String?).flatMap(IntakeStatus.init(rawValue:)),
          level: row["level"], name: row["name"],
          registeredAt: Self.date(row["registered_at"]) ?? .distantPast)
      }
    }
  }

  /// Records in the audit log that names were listed.
  ///
  /// - Parameters:
  ///   - cohort: The cohort listed, if one.
  ///   - actor: Who listed them.
  /// - Throws: ``StorageError`` when the database is busy.
  public func noteNamesListed(cohort: String?, actor: String) throws {
    try write { db in
      try audit(
        db, actor: actor, action: "participant.list-names", participant: nil,
        detail: cohort.map { "cohort \($0)" })
    }
  }

  /// Everything stored about one participant; the export is audit-logged.
  ///
  /// - Parameters:
  ///   - participant: The participant.
  ///   - actor: Who exports.
  /// - Returns: The export, or `nil` when there is no such participant.
  /// - Throws: ``StorageError`` when the database is busy, damaged or lacks the record.
  public func export(_ participant: ParticipantID, actor: String) throws -> ParticipantExport? {
    try write { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT p.id, c.name AS cohort, p.programme, p.registered_at, n.name, n.contact
            FROM participant p JOIN cohort c ON c.id = p.cohort_id
            LEFT JOIN identity n ON n.participant_id = p.id WHERE p.id = ?
            """, arguments: [participant.rawValue])
      else { return nil }
      try audit(db, actor: actor, action: "participant.export", participant: participant)
      let intakes = try Row.fetchAll(
        db, sql: Self.intakeQuery + " WHERE i.participant_id = ? ORDER BY i.id",
        arguments: [participant.rawValue]
      ).map { row in
        let intake = try Self.intake(from: row)
        return IntakeExport(
          intake: intake, answers: try Self.answers(of: intake.id, in: db),
          result: try Self.result(of: intake.id, in: db))
      }
      let audit = try Self.audit(
        db, where: "WHERE participant_id = ?", arguments: [participant.rawValue])
      return ParticipantExport(
        id: participant, name: row["name"], contact: row["contact"], cohort: row["cohort"],
        programme: row["programme"], registeredAt: Self.date(row["registered_at"]) ?? .distantPast,
        intakes: intakes, audit: audit)
    }
  }

  /// The audit log, oldest first.
  ///
  /// - Returns: Every entry.
  /// - Throws: ``StorageError`` when the database is busy, damaged or lacks the record.
  public func auditLog() throws -> [AuditEntry] {
    try read { db in try Self.audit(db, where: "", arguments: []) }
  }

  static var intakeQuery: String {
    """
    SELECT i.id, i.participant_id, i.survey_hash, s.survey_id, s.version, i.language, i.status,
      i.started_at, i.updated_at
    FROM intake i JOIN survey_definition s ON s.hash = i.survey_hash
    """
  }

  private static func audit(_ db: Database, where clause: String, arguments: StatementArguments)
    throws -> [AuditEntry]
  {
    try Row.fetchAll(
      db, sql: "SELECT * FROM audit \(clause) ORDER BY id", arguments: arguments
    ).map { row in
      AuditEntry(
        at: Self.date(row["at"]) ?? .distantPast, actor: row["actor"], action: row["action"],
        participant: (row["participant_id"] as String?).map { ParticipantID($0) },
        detail: row["detail"])
    }
  }
}
