import Foundation
import GRDB

extension SQLiteStorage: CopyableStorage {
  /// A table's rows on one snapshot; `seq` is the `rowid`.
  ///
  /// - Parameter table: The table.
  /// - Returns: Its rows.
  /// - Throws: ``StorageError`` when the database is busy or damaged.
  public func rows(of table: CopyTable) throws -> [[CopyValue]] {
    try read { db in try Self.rows(of: table, in: db) }
  }

  /// Fills the tables in one `BEGIN IMMEDIATE` transaction, reading each back before commit.
  ///
  /// - Parameter tables: The tables with their rows, parents first.
  /// - Returns: Each table's count and checksum as read back.
  /// - Throws: ``StorageError/corrupt(_:)`` when a table does not read back the same.
  public func fill(_ tables: [(CopyTable, [[CopyValue]])]) throws -> [TableChecksum] {
    try write { db in
      var sums: [TableChecksum] = []
      for (table, rows) in tables {
        let names = table.columns.map { $0.name == "seq" ? "rowid" : $0.name }
        let sql =
          "INSERT INTO \(table.name) (\(names.joined(separator: ", "))) VALUES ("
          + Array(repeating: "?", count: names.count).joined(separator: ", ") + ")"
        let statement = try db.makeStatement(sql: sql)
        for row in rows {
          try statement.execute(arguments: StatementArguments(row.map(Self.databaseValue)))
        }
        let back = TableChecksum(table: table.name, rows: try Self.rows(of: table, in: db))
        guard back == TableChecksum(table: table.name, rows: rows) else {
          throw StorageError.corrupt("table \(table.name) did not copy exactly")
        }
        sums.append(back)
      }
      return sums
    }
  }

  private static func rows(of table: CopyTable, in db: Database) throws -> [[CopyValue]] {
    let names = table.columns.map { $0.name == "seq" ? "rowid" : $0.name }
    return try Row.fetchAll(
      db, sql: "SELECT \(names.joined(separator: ", ")) FROM \(table.name)"
    ).map { row in
      (0..<names.count).map { index in
        switch (row[index] as DatabaseValue).storage {
        case .null: return .null
        case .int64(let number): return .integer(number)
        case .double(let number): return .real(number)
        case .string(let text): return .text(text)
        case .blob(let data): return .blob([UInt8](data))
        }
      }
    }
  }

  private static func databaseValue(_ value: CopyValue) -> DatabaseValue {
    switch value {
    case .null: return .null
    case .text(let text): return text.databaseValue
    case .integer(let number): return number.databaseValue
    case .real(let number): return number.databaseValue
    case .blob(let bytes): return Data(bytes).databaseValue
    }
  }
}
