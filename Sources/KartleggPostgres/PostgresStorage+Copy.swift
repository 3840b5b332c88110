import Foundation
import KartleggStore
import PostgresNIO

extension PostgresStorage: CopyableStorage {
  /// A table's rows on one snapshot.
  ///
  /// - Parameter table: The table.
  /// - Returns: Its rows.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func rows(of table: CopyTable) throws -> [[CopyValue]] {
    try read { session in try Self.rows(of: table, in: session) }
  }

  /// Fills the tables in one transaction, reading each back before commit, then moves each
  /// identity sequence past the highest id copied.
  ///
  /// - Parameter tables: The tables with their rows, parents first.
  /// - Returns: Each table's count and checksum as read back.
  /// - Throws: ``StorageError/corrupt(_:)`` when a table does not read back the same.
  public func fill(_ tables: [(CopyTable, [[CopyValue]])]) throws -> [TableChecksum] {
    try write { session in
      var sums: [TableChecksum] = []
      for (table, rows) in tables {
        let names = table.columns.map(\.name)
        let sql =
          "INSERT INTO \(table.name) (\(names.joined(separator: ", "))) OVERRIDING SYSTEM VALUE "
          + "VALUES (" + (1...names.count).map { "$\($0)" }.joined(separator: ", ") + ")"
        for row in rows {
          var binds = PostgresBindings(capacity: row.count)
          for (value, column) in zip(row, table.columns) {
            Self.bind(value, as: column.kind, into: &binds)
          }
          try session.execute(PostgresQuery(unsafeSQL: sql, binds: binds))
        }
        let back = TableChecksum(table: table.name, rows: try Self.rows(of: table, in: session))
        guard back == TableChecksum(table: table.name, rows: rows) else {
          throw StorageError.corrupt("table \(table.name) did not copy exactly")
        }
        sums.append(back)
        for column in table.columns.map(\.name)
        where table.columns.contains(where: { $0.name == column && $0.kind == .integer })
          && ["id", "seq"].contains(column)
        {
          try session.execute(
            PostgresQuery(
              unsafeSQL: """
                SELECT setval(pg_get_serial_sequence('\(table.name)', '\(column)'),
                  coalesce((SELECT max(\(column)) FROM \(table.name)), 0) + 1, false)
                """))
        }
      }
      return sums
    }
  }

  private static func rows(of table: CopyTable, in session: PostgresSession) throws
    -> [[CopyValue]]
  {
    let names = table.columns.map(\.name).joined(separator: ", ")
    return try session.query(PostgresQuery(unsafeSQL: "SELECT \(names) FROM \(table.name)"))
      .map { row in
        let cells = row.makeRandomAccess()
        return try table.columns.enumerated().map { index, column in
          let cell = cells[index]
          switch column.kind {
          case .text: return try cell.decode(String?.self).map(CopyValue.text) ?? .null
          case .integer: return try cell.decode(Int64?.self).map(CopyValue.integer) ?? .null
          case .boolean:
            return try cell.decode(Bool?.self).map { CopyValue.integer($0 ? 1 : 0) } ?? .null
          case .real: return try cell.decode(Double?.self).map(CopyValue.real) ?? .null
          case .blob:
            return try cell.decode(ByteBuffer?.self).map {
              CopyValue.blob(Array($0.readableBytesView))
            } ?? .null
          }
        }
      }
  }

  private static func bind(
    _ value: CopyValue, as kind: CopyTable.Kind, into binds: inout PostgresBindings
  ) {
    switch (value, kind) {
    case (.null, .text): binds.append(String?.none)
    case (.null, .integer): binds.append(Int64?.none)
    case (.null, .boolean): binds.append(Bool?.none)
    case (.null, .real): binds.append(Double?.none)
    case (.null, .blob): binds.append(ByteBuffer?.none)
    case (.integer(let number), .boolean): binds.append(number != 0)
    case (.integer(let number), .real): binds.append(Double(number))
    case (.integer(let number), _): binds.append(number)
    case (.real(let number), _): binds.append(number)
    case (.text(let text), _): binds.append(text)
    case (.blob(let bytes), _): binds.append(ByteBuffer(bytes: bytes))
    }
  }
}

/// `database copy`: everything in one store copied into an empty other, checked table by table.
public enum DatabaseCopy {
  /// Copies every table, audit log included, into an empty store of either backend.
  ///
  /// - Parameters:
  ///   - source: The store to copy from (read on one snapshot per table).
  ///   - target: An empty store to copy into, in one transaction.
  /// - Returns: Each table's count and checksum, the same on both sides.
  /// - Throws: ``StorageError/targetNotEmpty(table:)``; ``StorageError/corrupt(_:)`` when a table
  ///   does not copy exactly; ``StorageError`` when either store fails.
  public static func copy(from source: any Storage, to target: any Storage) throws
    -> [TableChecksum]
  {
    guard let source = source as? any CopyableStorage,
      let target = target as? any CopyableStorage
    else { throw StorageError.corrupt("this store cannot be copied") }
    for table in ["survey_definition", "cohort", "participant", "audit"] {
      guard let probe = CopyTable.all.first(where: { $0.name == table }) else { continue }
      guard try target.rows(of: probe).isEmpty else {
        throw StorageError.targetNotEmpty(table: table)
      }
    }
    let tables = try CopyTable.all.map { ($0, try source.rows(of: $0)) }
    let sums = try target.fill(tables)
    for (table, rows) in tables {
      guard sums.contains(TableChecksum(table: table.name, rows: rows)) else {
        throw StorageError.corrupt("table \(table.name) did not copy exactly")
      }
    }
    return sums
  }
}
