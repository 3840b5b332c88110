import Foundation
import KartleggCore
import KartleggStore
import PostgresNIO

extension PostgresStorage {
  /// Saves an intake's assessment, replacing an earlier one; the overrides stay in force and the
  /// result must be accepted again.
  ///
  /// - Parameters:
  ///   - result: What the assessment concluded.
  ///   - intake: The intake.
  ///   - actor: Who ran it.
  /// - Throws: ``StorageError`` when the intake is unknown or the server refuses or fails.
  public func saveResult(_ result: AssessedResult, of intake: IntakeID, actor: String) throws {
    try write { session in try saveResult(result, of: intake, actor: actor, in: session) }
  }

  func saveResult(
    _ result: AssessedResult, of intake: IntakeID, actor: String, in session: PostgresSession
  ) throws {
    let values = result.values.sorted { $0.key < $1.key }
    let participant = try Self.participant(of: intake, in: session)
    let now = timestamp()
    try session.execute("DELETE FROM result_value WHERE intake_id = \(intake)")
    try session.execute(
      """
      INSERT INTO result (intake_id, is_provisional, completeness, flags, assessed_at)
      VALUES (\(intake), \(result.isProvisional), \(result.completeness),
        \(result.flags.map(\.rawValue).joined(separator: " ")), \(now))
      ON CONFLICT (intake_id) DO UPDATE SET is_provisional = excluded.is_provisional,
        completeness = excluded.completeness, flags = excluded.flags,
        assessed_at = excluded.assessed_at, accepted_by = NULL, accepted_at = NULL
      """)
    try session.execute(
      """
      INSERT INTO result_value (intake_id, part, value)
      SELECT \(intake), part, value
      FROM unnest(\(values.map(\.key.description))::text[], \(values.map(\.value))::text[])
        AS v(part, value)
      """)
    try session.execute(
      "UPDATE intake SET status = 'answered', updated_at = \(now) WHERE id = \(intake)")
    try audit(
      session, actor: actor, action: "result.assess", participant: participant,
      detail: "intake \(intake)")
  }

  /// Records an adviser's override of part of an intake's result, committed at once.
  ///
  /// - Parameters:
  ///   - override: The override with its reason.
  ///   - intake: The intake.
  ///   - actor: Who made it.
  /// - Throws: ``StorageError`` when the intake has no result or the server refuses or fails.
  public func addOverride(_ override: Override, to intake: IntakeID, actor: String) throws {
    try write { session in
      let participant = try Self.participant(of: intake, in: session)
      guard
        try session.first("SELECT 1 FROM result WHERE intake_id = \(intake)", as: Int32.self)
          != nil
      else { throw StorageError.unknownIntake(intake) }
      try session.execute(
        """
        INSERT INTO override (intake_id, part, assessed, chosen, reason, adviser, made_at)
        VALUES (\(intake), \(override.part.description), \(override.assessed),
          \(override.chosen), \(override.reason), \(override.adviser),
          \(override.madeAt.formatted(.iso8601)))
        """)
      try audit(
        session, actor: actor, action: "result.override", participant: participant,
        detail: "intake \(intake): \(override.part)")
    }
  }

  /// Accepts an intake's result, with the overrides made, and completes the intake.
  ///
  /// - Parameters:
  ///   - intake: The intake.
  ///   - actor: Who accepted.
  /// - Throws: ``StorageError`` when the intake has no result or the server refuses or fails.
  public func accept(_ intake: IntakeID, actor: String) throws {
    try write { session in try accept(intake, actor: actor, in: session) }
  }

  func accept(_ intake: IntakeID, actor: String, in session: PostgresSession) throws {
    let participant = try Self.participant(of: intake, in: session)
    let now = timestamp()
    guard
      try session.execute(
        """
        UPDATE result SET accepted_by = \(actor), accepted_at = \(now)
        WHERE intake_id = \(intake)
        """) == 1
    else { throw StorageError.unknownIntake(intake) }
    try session.execute(
      "UPDATE intake SET status = 'complete', updated_at = \(now) WHERE id = \(intake)")
    try audit(
      session, actor: actor, action: "result.accept", participant: participant,
      detail: "intake \(intake)")
  }

  /// An intake's stored result.
  ///
  /// - Parameter intake: The intake.
  /// - Returns: The result, if assessed.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func result(of intake: IntakeID) throws -> StoredResult? {
    try read { session in try Self.result(of: intake, in: session) }
  }

  static func result(of intake: IntakeID, in session: PostgresSession) throws -> StoredResult? {
    guard
      let (isProvisional, completeness, flags, acceptedBy, acceptedAt) = try session.first(
        """
        SELECT is_provisional, completeness, flags, accepted_by, accepted_at
        FROM result WHERE intake_id = \(intake)
        """, as: (Bool, Double, String, String?, String?).self)
    else { return nil }
    var values: [ResultPart: String] = [:]
    for (part, value) in try session.rows(
      "SELECT part, value FROM result_value WHERE intake_id = \(intake)", as: (String, String).self)
    {
      guard let name = ResultPart(part) else { throw StorageError.corrupt("result part") }
      values[name] = value
    }
    let overrides = try session.rows(
      """
      SELECT part, assessed, chosen, reason, adviser, made_at FROM override
      WHERE intake_id = \(intake) ORDER BY id
      """, as: (String, String?, String, String, String, String).self
    ).map { part, assessed, chosen, reason, adviser, made in
      guard let part = ResultPart(part), let madeAt = date(made) else {
        throw StorageError.corrupt("override")
      }
      return Override(
        part: part, assessed: assessed, chosen: chosen, reason: reason, adviser: adviser,
        madeAt: madeAt)
    }
    return StoredResult(
      assessed: AssessedResult(
        values: values, flags: flags.split(separator: " ").map { FlagID(String($0)) },
        isProvisional: isProvisional, completeness: completeness),
      overrides: overrides, acceptedBy: acceptedBy, acceptedAt: date(acceptedAt))
  }
}
