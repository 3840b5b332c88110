import Foundation
import KartleggCore
import KartleggStore
import PostgresNIO

extension PostgresStorage {
  /// Records a shared summary release after `check` accepted it against the earlier ones, like
  /// the SQLite store; a transaction-scoped advisory lock per cohort makes two releases be
  /// checked one after the other.
  ///
  /// - Parameters:
  ///   - release: The release.
  ///   - cohort: The cohort's name.
  ///   - check: Throws to refuse, given the cohort's earlier shared releases, oldest first.
  /// - Throws: What `check` throws (nothing is recorded), or ``StorageError``.
  public func recordSharedRelease(
    _ release: SharedRelease, cohort: String, check: ([SharedRelease]) throws -> Void
  ) throws {
    try write { session in
      try session.execute("SELECT pg_advisory_xact_lock(hashtext('summary:' || \(cohort)))")
      guard
        let cohortID = try session.first(
          "SELECT id FROM cohort WHERE name = \(cohort)", as: Int64.self)
      else { throw StorageError.corrupt("the cohort was removed while its summary was made") }
      try check(try Self.sharedReleases(cohort: cohortID, in: session))
      let count = release.contributions.count
      let at = release.releasedAt.formatted(.iso8601)
      guard
        let id = try session.first(
          """
          INSERT INTO summary_release
            (cohort_id, population_hash, population, minimum_cell, released_at, actor)
          VALUES (\(cohortID), \(release.populationHash), \(count), \(release.minimumCell),
            \(at), \(release.actor))
          RETURNING id
          """, as: Int64.self)
      else { throw StorageError.corrupt("the release was not recorded") }
      let members = release.contributions.sorted { $0.key.rawValue < $1.key.rawValue }
      let participants = members.map(\.key.rawValue)
      let contributions = members.map(\.value)
      _ = try session.execute(
        """
        INSERT INTO summary_release_member (release_id, participant_id, contribution)
        SELECT \(id), * FROM unnest(\(participants)::text[], \(contributions)::text[])
        """)
      try audit(
        session, actor: release.actor, action: "summary.release", participant: nil,
        detail: "cohort \(cohort): shared, \(count) people")
    }
  }

  /// Audit-logs that a summary was made.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - audience: `internal` or `shared`.
  ///   - format: The output format.
  ///   - actor: Who made it.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func noteSummary(cohort: String, audience: String, format: String, actor: String) throws {
    try write { session in
      try audit(
        session, actor: actor, action: "summary.\(audience)", participant: nil,
        detail: "cohort \(cohort): \(format)")
    }
  }

  private static func sharedReleases(cohort: Int64, in session: PostgresSession) throws
    -> [SharedRelease]
  {
    var releases: [Int64: SharedRelease] = [:]
    var order: [Int64] = []
    for (id, hash, minimumCell, at, actor) in try session.rows(
      """
      SELECT id, population_hash, minimum_cell, released_at, actor FROM summary_release
      WHERE cohort_id = \(cohort) ORDER BY id
      """, as: (Int64, String, Int32, String, String).self)
    {
      order.append(id)
      releases[id] = SharedRelease(
        populationHash: hash, contributions: [:], minimumCell: Int(minimumCell),
        releasedAt: (try? Date(at, strategy: .iso8601)) ?? .distantPast, actor: actor)
    }
    for (id, participant, contribution) in try session.rows(
      """
      SELECT m.release_id, m.participant_id, m.contribution FROM summary_release_member m
      JOIN summary_release r ON r.id = m.release_id WHERE r.cohort_id = \(cohort)
      """, as: (Int64, String, String).self)
    {
      releases[id]?.contributions[ParticipantID(participant)] = contribution
    }
    return order.compactMap { releases[$0] }
  }
}
