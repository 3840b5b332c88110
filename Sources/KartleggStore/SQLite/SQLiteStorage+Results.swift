import Foundation
import GRDB
import KartleggCore

extension SQLiteStorage {
  /// Saves an intake's assessment, replacing an earlier one. The adviser's overrides stay in
  /// force (they are decisions, not assessments); the result must be accepted again.
  ///
  /// - Parameters:
  ///   - result: What the assessment concluded.
  ///   - intake: The intake.
  ///   - actor: Who ran it.
  /// - Throws: ``StorageError`` when the database is busy, damaged or lacks the record.
  public func saveResult(_ result: AssessedResult, of intake: IntakeID, actor: String) throws {
    try write { db in try saveResult(result, of: intake, actor: actor, in: db) }
  }

  /// Saves an assessment inside a write.
  func saveResult(_ result: AssessedResult, of intake: IntakeID, actor: String, in db: Database)
    throws
  {
    let participant = try Self.participant(of: intake, in: db)
    try db.executeCached(sql: "DELETE FROM result_value WHERE intake_id = ?", arguments: [intake])
    try db.executeCached(
      sql: """
        INSERT INTO result (intake_id, is_provisional, completeness, flags, assessed_at)
        VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (intake_id) DO UPDATE SET is_provisional = excluded.is_provisional,
          completeness = excluded.completeness, flags = excluded.flags,
          assessed_at = excluded.assessed_at, accepted_by = NULL, accepted_at = NULL
        """,
      arguments: [
        intake, result.isProvisional, result.completeness,
        result.flags.map(\.rawValue).joined(separator: " "), timestamp(),
      ])
    for (part, value) in result.values.sorted(by: { $0.key < $1.key }) {
      try db.executeCached(
        sql: "INSERT INTO result_value (intake_id, part, value) VALUES (?, ?, ?)",
        arguments: [intake, part.description, value])
    }
    try db.executeCached(
      sql: "UPDATE intake SET status = 'answered', updated_at = ? WHERE id = ?",
      arguments: [timestamp(), intake])
    try audit(
      db, actor: actor, action: "result.assess", participant: participant,
      detail: "intake \(intake)")
  }

  /// Records an adviser's override of part of an intake's result, committed at once.
  ///
  /// - Parameters:
  ///   - override: The override with its reason.
  ///   - intake: The intake.
  ///   - actor: Who made it.
  /// - Throws: ``StorageError`` when the intake has no result or the database is busy.
  public func addOverride(_ override: Override, to intake: IntakeID, actor: String) throws {
    try write { db in
      let participant = try Self.participant(of: intake, in: db)
      guard
        try Bool.fetchOne(db, sql: "SELECT 1 FROM result WHERE intake_id = ?", arguments: [intake])
          == true
      else { throw StorageError.unknownIntake(intake) }
      try db.executeCached(
        sql: """
          INSERT INTO override (intake_id, part, assessed, chosen, reason, adviser, made_at)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          intake, override.part.description, override.assessed, override.chosen,
          override.reason, override.adviser, override.madeAt.formatted(.iso8601),
        ])
      try audit(
        db, actor: actor, action: "result.override", participant: participant,
        detail: "intake \(intake): \(override.part)")
    }
  }

  /// Accepts an intake's result, with the overrides made, and completes the intake.
  ///
  /// - Parameters:
  ///   - intake: The intake.
  ///   - actor: Who accepted.
  /// - Throws: ``StorageError`` when the intake has no result or the database is busy.
  public func accept(_ intake: IntakeID, actor: String) throws {
    try write { db in try accept(intake, actor: actor, in: db) }
  }

  /// Accepts a result inside a write.
  func accept(_ intake: IntakeID, actor: String, in db: Database) throws {
    let participant = try Self.participant(of: intake, in: db)
    let now = timestamp()
    try db.executeCached(
      sql: "UPDATE result SET accepted_by = ?, accepted_at = ? WHERE intake_id = ?",
      arguments: [actor, now, intake])
    guard db.changesCount == 1 else { throw StorageError.unknownIntake(intake) }
    try db.executeCached(
      sql: "UPDATE intake SET status = 'complete', updated_at = ? WHERE id = ?",
      arguments: [now, intake])
    try audit(
      db, actor: actor, action: "result.accept", participant: participant,
      detail: "intake \(intake)")
  }

  /// An intake's stored result.
  ///
  /// - Parameter intake: The intake.
  /// - Returns: The result, if assessed.
  /// - Throws: ``StorageError`` when the database is busy, damaged or lacks the record.
  public func result(of intake: IntakeID) throws -> StoredResult? {
    try read { db in try Self.result(of: intake, in: db) }
  }

  static func result(of intake: IntakeID, in db: Database) throws -> StoredResult? {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT * FROM result WHERE intake_id = ?", arguments: [intake])
    else { return nil }
    var values: [ResultPart: String] = [:]
    for part in try Row.fetchAll(
      db, sql: "SELECT part, value FROM result_value WHERE intake_id = ?", arguments: [intake])
    {
      guard let name = ResultPart(part["part"]) else { throw StorageError.corrupt("result part") }
      values[name] = part["value"]
    }
    let flags = (row["flags"] as String).split(separator: " ").map { FlagID(String($0)) }
    let overrides = try Row.fetchAll(
      db, sql: "SELECT * FROM override WHERE intake_id = ? ORDER BY id", arguments: [intake]
    ).map { override in
      guard let part = ResultPart(override["part"]), let made = date(override["made_at"]) else {
        throw StorageError.corrupt("override")
      }
      return Override(
        part: part, assessed: override["assessed"], chosen: override["chosen"],
        reason: override["reason"], adviser: override["adviser"], madeAt: made)
    }
    return StoredResult(
      assessed: AssessedResult(
        values: values, flags: flags, isProvisional: row["is_provisional"],
        completeness: row["completeness"]),
      overrides: overrides, acceptedBy: row["accepted_by"], acceptedAt: date(row["accepted_at"]))
  }
}
