import Crypto
import Foundation

/// One table as `database copy` moves it between backends: its columns with their kinds, in an
/// order that satisfies the foreign keys when tables are copied in ``all`` order.
public struct CopyTable: Hashable, Sendable {
  /// How a column's values are read and written on each backend.
  public enum Kind: Hashable, Sendable {
    /// Text.
    case text
    /// A 64-bit integer.
    case integer
    /// A flag: `BOOLEAN` on PostgreSQL, 0 or 1 on SQLite.
    case boolean
    /// A double.
    case real
    /// Bytes.
    case blob
  }

  /// The table's name.
  public var name: String
  /// The columns, by name and kind. `seq` is SQLite's `rowid` (registration order).
  public var columns: [Column]

  /// A column.
  public struct Column: Hashable, Sendable {
    /// The name.
    public var name: String
    /// The kind.
    public var kind: Kind
  }

  init(_ name: String, _ columns: [(String, Kind)]) {
    self.name = name
    self.columns = columns.map { Column(name: $0.0, kind: $0.1) }
  }

  /// Every table of the schema, parents before children.
  public static let all: [CopyTable] = [
    CopyTable(
      "survey_definition",
      [
        ("hash", .text), ("survey_id", .text), ("version", .text), ("source", .blob),
        ("kept_at", .text),
      ]),
    CopyTable("cohort", [("id", .integer), ("name", .text), ("created_at", .text)]),
    CopyTable(
      "participant",
      [
        ("id", .text), ("seq", .integer), ("cohort_id", .integer), ("programme", .text),
        ("is_synthetic", .boolean), ("registered_at", .text),
      ]),
    CopyTable("identity", [("participant_id", .text), ("name", .text), ("contact", .text)]),
    CopyTable(
      "intake",
      [
        ("id", .integer), ("participant_id", .text), ("survey_hash", .text), ("language", .text),
        ("status", .text), ("started_at", .text), ("updated_at", .text),
      ]),
    CopyTable(
      "answer",
      [("intake_id", .integer), ("question_id", .text), ("value", .text), ("answered_at", .text)]
    ),
    CopyTable(
      "result",
      [
        ("intake_id", .integer), ("is_provisional", .boolean), ("completeness", .real),
        ("flags", .text), ("assessed_at", .text), ("accepted_by", .text), ("accepted_at", .text),
      ]),
    CopyTable("result_value", [("intake_id", .integer), ("part", .text), ("value", .text)]),
    CopyTable(
      "override",
      [
        ("id", .integer), ("intake_id", .integer), ("part", .text), ("assessed", .text),
        ("chosen", .text), ("reason", .text), ("adviser", .text), ("made_at", .text),
      ]),
    CopyTable(
      "audit",
      [
        ("id", .integer), ("at", .text), ("actor", .text), ("action", .text),
        ("participant_id", .text), ("detail", .text),
      ]),
    CopyTable(
      "group_plan",
      [
        ("id", .integer), ("cohort_id", .integer), ("state", .text), ("policy_id", .text),
        ("survey_hash", .text), ("minimum_size", .integer), ("maximum_size", .integer),
        ("created_by", .text), ("created_at", .text), ("accepted_by", .text),
        ("accepted_at", .text),
      ]),
    CopyTable(
      "plan_group",
      [("id", .integer), ("plan_id", .integer), ("name", .text), ("position", .integer)]),
    CopyTable("plan_group_member", [("group_id", .integer), ("participant_id", .text)]),
    CopyTable(
      "group_pin", [("participant_id", .text), ("group_name", .text), ("policy_id", .text)]),
    CopyTable("group_apart", [("first_id", .text), ("second_id", .text), ("policy_id", .text)]),
    CopyTable(
      "intake_lock",
      [("intake_id", .integer), ("process_id", .integer), ("host", .text), ("since", .text)]),
    CopyTable("import_key", [("key", .text), ("participant_id", .text), ("intake_id", .integer)]),
    CopyTable(
      "summary_release",
      [
        ("id", .integer), ("cohort_id", .integer), ("population_hash", .text),
        ("population", .integer), ("minimum_cell", .integer), ("released_at", .text),
        ("actor", .text),
      ]),
    CopyTable(
      "summary_release_member",
      [("release_id", .integer), ("participant_id", .text), ("contribution", .text)]),
  ]
}

/// One value as copied: booleans travel as 0 or 1.
public enum CopyValue: Hashable, Sendable {
  /// SQL `NULL`.
  case null
  /// Text.
  case text(String)
  /// An integer (or a flag as 0 or 1).
  case integer(Int64)
  /// A double.
  case real(Double)
  /// Bytes.
  case blob([UInt8])

  /// The value written canonically for the checksum: a tag, then the value.
  var canonical: String {
    switch self {
    case .null: return "N"
    case .text(let text): return "T" + text
    case .integer(let number): return "I\(number)"
    case .real(let number): return "R\(number.bitPattern)"
    case .blob(let bytes): return "B" + bytes.map { String(format: "%02x", $0) }.joined()
    }
  }
}

/// A backend whose tables `database copy` can read and fill.
public protocol CopyableStorage: Storage {
  /// A table's rows, each value in the table's column order.
  func rows(of table: CopyTable) throws -> [[CopyValue]]

  /// Fills the tables in one transaction, checks that each reads back with the same count and
  /// checksum, and commits only then.
  ///
  /// - Returns: Each table's count and checksum as read back.
  func fill(_ tables: [(CopyTable, [[CopyValue]])]) throws -> [TableChecksum]
}

/// A table's row count and checksum: SHA-256 over its rows, each written canonically, sorted.
public struct TableChecksum: Hashable, Sendable {
  /// The table.
  public var table: String
  /// Its rows.
  public var rows: Int
  /// The checksum, in hex.
  public var checksum: String

  /// Computes a table's count and checksum.
  ///
  /// - Parameters:
  ///   - table: The table's name.
  ///   - rows: Its rows.
  public init(table: String, rows: [[CopyValue]]) {
    self.table = table
    self.rows = rows.count
    let lines = rows.map { $0.map(\.canonical).joined(separator: "\u{1F}") }.sorted()
    checksum = SHA256.hash(data: Array(lines.joined(separator: "\u{1E}").utf8))
      .map { String(format: "%02x", $0) }.joined()
  }
}
