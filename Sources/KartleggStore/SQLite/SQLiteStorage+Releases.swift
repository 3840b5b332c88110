import Foundation
import GRDB
import KartleggCore

extension SQLiteStorage {
  /// Records a shared summary release after `check` accepted it against the earlier ones.
  ///
  /// - Parameters:
  ///   - release: The release.
  ///   - cohort: The cohort's name.
  ///   - check: Throws to refuse, given the cohort's earlier shared releases, oldest first.
  /// - Throws: What `check` throws (nothing is recorded), or ``StorageError``.
  public func recordSharedRelease(
    _ release: SharedRelease, cohort: String, check: ([SharedRelease]) throws -> Void
  ) throws {
    try write { db in
      guard
        let cohortID = try Int64.fetchOne(
          db, sql: "SELECT id FROM cohort WHERE name = ?", arguments: [cohort])
      else { throw StorageError.corrupt("the cohort was removed while its summary was made") }
      try check(try Self.sharedReleases(cohort: cohortID, in: db))
      try db.execute(
        sql: """
          INSERT INTO summary_release
            (cohort_id, population_hash, population, minimum_cell, released_at, actor)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          cohortID, release.populationHash, release.contributions.count, release.minimumCell,
          release.releasedAt.formatted(.iso8601), release.actor,
        ])
      let id = db.lastInsertedRowID
      let insert = try db.cachedStatement(
        sql: """
          INSERT INTO summary_release_member (release_id, participant_id, contribution)
          VALUES (?, ?, ?)
          """)
      for (participant, contribution) in release.contributions {
        try insert.execute(arguments: [id, participant.rawValue, contribution])
      }
      try audit(
        db, actor: release.actor, action: "summary.release", participant: nil,
        detail: "cohort \(cohort): shared, \(release.contributions.count) people")
    }
  }

  /// Audit-logs that a summary was made.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - audience: `internal` or `shared`.
  ///   - format: The output format.
  ///   - actor: Who made it.
  /// - Throws: ``StorageError`` when the database is busy or damaged.
  public func noteSummary(cohort: String, audience: String, format: String, actor: String) throws {
    try write { db in
      try audit(
        db, actor: actor, action: "summary.\(audience)", participant: nil,
        detail: "cohort \(cohort): \(format)")
    }
  }

  private static func sharedReleases(cohort: Int64, in db: Database) throws -> [SharedRelease] {
    var releases: [Int64: SharedRelease] = [:]
    var order: [Int64] = []
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT id, population_hash, minimum_cell, released_at, actor FROM summary_release
        WHERE cohort_id = ? ORDER BY id
        """, arguments: [cohort])
    {
      let id: Int64 = row["id"]
      order.append(id)
      releases[id] = SharedRelease(
        populationHash: row["population_hash"], contributions: [:],
        minimumCell: row["minimum_cell"], releasedAt: date(row["released_at"]) ?? .distantPast,
        actor: row["actor"])
    }
    let members = try Row.fetchCursor(
      db,
      sql: """
        SELECT m.release_id, m.participant_id, m.contribution FROM summary_release_member m
        JOIN summary_release r ON r.id = m.release_id WHERE r.cohort_id = ?
        """, arguments: [cohort])
    while let row = try members.next() {
      let id: Int64 = row["release_id"]
      releases[id]?.contributions[ParticipantID(row["participant_id"] as String)] =
        row["contribution"]
    }
    return order.compactMap { releases[$0] }
  }
}
