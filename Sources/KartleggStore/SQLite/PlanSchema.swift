import GRDB

/// Migration 8-cohort-plan: the `not-informed` intake status, and the record of shared summary
/// releases that lets a new release be compared with earlier ones (see `docs/summary.md`).
enum PlanSchema {
  /// The intake table's status check before and after this migration.
  static let statusCheck = (
    before: "CHECK (status IN ('in-progress', 'answered', 'complete'))",
    after: "CHECK (status IN ('in-progress', 'answered', 'complete', 'not-informed'))"
  )

  static func addNotInformedAndReleases(_ db: Database) throws {
    try allowNotInformed(db)
    try db.execute(
      sql: """
        -- One row per summary shared outside the programme: who, when, and a hash of the people
        -- it counted; its members say what each person contributed (a hash of their latest
        -- intake's state), so a later release can be compared person by person.
        CREATE TABLE summary_release (
          id INTEGER PRIMARY KEY,
          cohort_id INTEGER NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
          population_hash TEXT NOT NULL,
          population INTEGER NOT NULL,
          minimum_cell INTEGER NOT NULL,
          released_at TEXT NOT NULL,
          actor TEXT NOT NULL
        );
        CREATE INDEX summary_release_by_cohort ON summary_release(cohort_id);
        CREATE TABLE summary_release_member (
          release_id INTEGER NOT NULL REFERENCES summary_release(id) ON DELETE CASCADE,
          participant_id TEXT NOT NULL,
          contribution TEXT NOT NULL,
          PRIMARY KEY (release_id, participant_id)
        ) WITHOUT ROWID;
        """)
  }

  /// Widens the status check. SQLite cannot alter a check, and rebuilding the intake table
  /// would cascade deletes into answers; SQLite's documented way to loosen a check is to edit
  /// the stored schema text and bump the schema version (lang_altertable.html, section 7). Every
  /// stored row satisfies the wider check, so nothing else needs to change.
  private static func allowNotInformed(_ db: Database) throws {
    let version = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
    try db.execute(sql: "PRAGMA writable_schema = ON")
    try db.execute(
      sql: """
        UPDATE sqlite_master SET sql = replace(sql, ?, ?)
        WHERE type = 'table' AND name = 'intake'
        """, arguments: [statusCheck.before, statusCheck.after])
    try db.execute(sql: "PRAGMA schema_version = \(version + 1)")
    try db.execute(sql: "PRAGMA writable_schema = OFF")
    let schema = try String.fetchOne(
      db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'intake'")
    guard schema?.contains(statusCheck.after) == true else {
      throw DatabaseError(
        resultCode: .SQLITE_CORRUPT, message: "the intake table's status check was not found")
    }
  }
}
