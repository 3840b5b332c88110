import GRDB

extension Database {
  /// Runs one statement through the connection's statement cache, so a write repeated in a
  /// loop or a batch is prepared once, not on every call.
  ///
  /// - Parameters:
  ///   - sql: One SQL statement.
  ///   - arguments: Its arguments.
  /// - Throws: What SQLite reports.
  func executeCached(sql: String, arguments: StatementArguments = StatementArguments()) throws {
    try cachedStatement(sql: sql).execute(arguments: arguments)
  }
}
