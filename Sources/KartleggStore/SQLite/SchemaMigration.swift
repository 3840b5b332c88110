import GRDB

extension Schema {
  /// Brings a database's schema up to date, serialised against other processes.
  ///
  /// GRDB's migrator reads which migrations are applied before it takes the write lock, so
  /// processes creating one new database at once each try to create the same tables. Here the
  /// check and the changes run in one `BEGIN IMMEDIATE` transaction: the second process waits
  /// for the first, then finds nothing left to do. A read comes first, so opening an up-to-date
  /// database takes no write lock. The bookkeeping table is GRDB's own (`grdb_migrations`), so
  /// databases migrated either way stay interchangeable.
  ///
  /// - Parameters:
  ///   - pool: The database.
  ///   - isNew: Whether the file was missing or empty when this process began opening it.
  /// - Throws: `DatabaseError` when the database is busy beyond the timeout or a migration fails.
  static func migrate(_ pool: DatabasePool, isNew: Bool = false) throws {
    // Processes creating one new database at once wait for each other's migrations; on a
    // loaded machine (every fsync slow) that can outlast one busy timeout, so a new database is
    // tried a few times. An existing database gets one timeout: a lock held at start is 75.
    let busyRetries = isNew ? Self.busyRetries : 0
    var attempt = 0
    while true {
      do {
        try migrateOnce(pool)
        return
      } catch let error as DatabaseError
        where error.resultCode == .SQLITE_BUSY && attempt < busyRetries
      {
        attempt += 1
      }
    }
  }

  /// How many more times the creation of a new database blocked by another process is tried.
  static let busyRetries = 3

  private static func migrateOnce(_ pool: DatabasePool) throws {
    let isCurrent = try pool.read { db in
      guard try db.tableExists("grdb_migrations") else { return false }
      let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
      return migrations.allSatisfy { applied.contains($0.identifier) }
    }
    guard !isCurrent else { return }
    try pool.writeWithoutTransaction { db in
      try db.inTransaction(.immediate) {
        try db.execute(
          sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        for migration in migrations where !applied.contains(migration.identifier) {
          try migration.migrate(db)
          try db.execute(
            sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)",
            arguments: [migration.identifier])
        }
        return .commit
      }
    }
  }
}
