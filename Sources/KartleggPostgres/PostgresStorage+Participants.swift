import Foundation
import KartleggCore
import KartleggStore
import PostgresNIO

extension PostgresStorage {
  /// The names of all cohorts, in no particular order.
  ///
  /// - Returns: The names.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func cohortNames() throws -> [String] {
    try read { session in try session.rows("SELECT name FROM cohort", as: String.self) }
  }

  /// Participants in registration order, with the latest intake's status and level in force.
  ///
  /// Without `includeNames` the query never touches the `identity` table, so a role that may not
  /// read names (the leader's) can list participants.
  ///
  /// - Parameters:
  ///   - cohort: Only this cohort, when given.
  ///   - includeNames: Whether to read names.
  /// - Returns: The participants.
  /// - Throws: ``StorageError/permissionDenied(role:reason:)`` when names are asked for by a role
  ///   that may not read them; ``StorageError`` when the server fails.
  public func participants(cohort: String?, includeNames: Bool) throws -> [ParticipantSummary] {
    try read { session in
      let rows = try session.rows(
        """
        SELECT p.id, c.name, p.registered_at, i.status,
          coalesce(
            (SELECT o.chosen FROM override o
              WHERE o.intake_id = i.id AND o.part = 'overall-level' ORDER BY o.id DESC LIMIT 1),
            v.value),
          \(unescaped: includeNames ? "n.name" : "NULL::text")
        FROM participant p
        JOIN cohort c ON c.id = p.cohort_id
        LEFT JOIN intake i ON i.id = (SELECT max(id) FROM intake WHERE participant_id = p.id)
        LEFT JOIN result_value v ON v.intake_id = i.id AND v.part = 'overall-level'
        \(unescaped: includeNames ? "LEFT JOIN identity n ON n.participant_id = p.id" : "")
        WHERE \(cohort)::text IS NULL OR c.name = \(cohort)
        ORDER BY p.seq
        """, as: (String, String, String, String?, String?, String?).self)
      return rows.map { id, cohort, registered, status, level, name in
        ParticipantSummary(
          id: ParticipantID(id), cohort: cohort,
          status: status.flatMap(IntakeStatus.init(rawValue:)), level: level, name: name,
          registeredAt: Self.date(registered) ?? .distantPast)
      }
    }
  }

  /// Records in the audit log that names were listed.
  ///
  /// - Parameters:
  ///   - cohort: The cohort listed, if one.
  ///   - actor: Who listed them.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func noteNamesListed(cohort: String?, actor: String) throws {
    try write { session in
      try audit(
        session, actor: actor, action: "participant.list-names", participant: nil,
        detail: cohort.map { "cohort \($0)" })
    }
  }

  /// Everything stored about one participant; the export is audit-logged.
  ///
  /// - Parameters:
  ///   - participant: The participant.
  ///   - actor: Who exports.
  /// - Returns: The export, or `nil` when there is no such participant.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func export(_ participant: ParticipantID, actor: String) throws -> ParticipantExport? {
    try write { session in
      guard
        let (cohort, programme, registered, name, contact) = try session.first(
          """
          SELECT c.name, p.programme, p.registered_at, n.name, n.contact
          FROM participant p JOIN cohort c ON c.id = p.cohort_id
          LEFT JOIN identity n ON n.participant_id = p.id WHERE p.id = \(participant.rawValue)
          """, as: (String, String?, String, String?, String?).self)
      else { return nil }
      try audit(session, actor: actor, action: "participant.export", participant: participant)
      let intakes = try Self.intakes(
        """
        \(unescaped: Self.intakeColumns) WHERE i.participant_id = \(participant.rawValue)
        ORDER BY i.id
        """, in: session
      ).map { intake in
        IntakeExport(
          intake: intake, answers: try Self.answers(of: intake.id, in: session),
          result: try Self.result(of: intake.id, in: session))
      }
      let audit = try Self.auditEntries(
        "SELECT at, actor, action, participant_id, detail FROM audit WHERE participant_id = \(participant.rawValue) ORDER BY id",
        in: session)
      return ParticipantExport(
        id: participant, name: name, contact: contact, cohort: cohort, programme: programme,
        registeredAt: Self.date(registered) ?? .distantPast, intakes: intakes, audit: audit)
    }
  }

  /// The tables that hold rows about a participant, vacuumed after an erasure.
  static let personalTables = [
    "participant", "identity", "intake", "answer", "result", "result_value", "override",
    "plan_group_member", "group_pin", "group_apart", "intake_lock", "import_key",
  ]

  /// Erases a participant: every row about them in one transaction (identity, intakes,
  /// answers, results, overrides, group memberships, pins and pairs follow by cascade), with an
  /// audit entry; then `VACUUM` of the tables touched, so the dead rows are removed from the
  /// tables and their indexes. What PostgreSQL keeps beyond that (WAL, backups) is in
  /// `docs/storage.md`.
  ///
  /// - Parameters:
  ///   - participant: The participant.
  ///   - actor: Who erases.
  /// - Returns: Whether the participant existed.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func erase(_ participant: ParticipantID, actor: String) throws -> Bool {
    let existed = try write { session -> Bool in
      guard
        try session.execute("DELETE FROM participant WHERE id = \(participant.rawValue)") == 1
      else { return false }
      try audit(session, actor: actor, action: "participant.erase", participant: participant)
      return true
    }
    guard existed else { return false }
    try connector.withoutTransaction { session in
      try session.execute(
        PostgresQuery(unsafeSQL: "VACUUM " + Self.personalTables.joined(separator: ", ")))
    }
    return true
  }

  /// The audit log, oldest first.
  ///
  /// - Returns: Every entry.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func auditLog() throws -> [AuditEntry] {
    try read { session in
      try Self.auditEntries(
        "SELECT at, actor, action, participant_id, detail FROM audit ORDER BY id", in: session)
    }
  }

  private static func auditEntries(_ query: PostgresQuery, in session: PostgresSession) throws
    -> [AuditEntry]
  {
    try session.rows(query, as: (String, String, String, String?, String?).self).map {
      at, actor, action, participant, detail in
      AuditEntry(
        at: date(at) ?? .distantPast, actor: actor, action: action,
        participant: participant.map { ParticipantID($0) }, detail: detail)
    }
  }
}
