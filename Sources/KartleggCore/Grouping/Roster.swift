/// A roster file: `id,level,goal,industry` with a header, one participant per line (the format
/// of the grouping benchmark).
public struct Roster {
  /// One participant.
  public struct Row: Equatable {
    /// The participant's id.
    public var id: String
    /// The level: 1, 2 or 3.
    public var level: String
    /// The goal.
    public var goal: String
    /// The industry (bransje).
    public var industry: String
  }

  /// The columns a roster must have, in any order.
  public static let columns = ["id", "level", "goal", "industry"]
  /// The levels a row may have.
  public static let levels = ["1", "2", "3"]

  /// The participants, in file order.
  public var rows: [Row]

  /// Every problem found in a roster file, in line order.
  public struct Problems: Error {
    /// Every problem, with its line.
    public var all: [(line: Int, message: String)]
  }

  /// Reads a roster.
  ///
  /// - Throws: ``Problems`` with every bad row, not only the first.
  public static func read(_ bytes: [UInt8]) throws(Problems) -> Roster {
    let records: [CSVRecords.Record]
    switch CSVRecords.split(bytes) {
    case .success(let split): records = split
    case .failure(let failure): throw Problems(all: [(failure.line, failure.message)])
    }
    guard let header = records.first else {
      throw Problems(all: [(1, "the file is empty; expected the header 'id,level,goal,industry'")])
    }
    guard header.fields.sorted() == columns.sorted() else {
      let found = header.fields.joined(separator: ",")
      throw Problems(all: [
        (header.line, "expected the header 'id,level,goal,industry' (any order), found '\(found)'")
      ])
    }
    let position = columns.map { name in header.fields.firstIndex(of: name) ?? 0 }
    var problems: [(line: Int, message: String)] = []
    var rows: [Row] = []
    var firstLine: [String: Int] = [:]
    for record in records.dropFirst() {
      guard record.fields.count == columns.count else {
        problems.append(
          (record.line, "expected \(columns.count) fields, found \(record.fields.count)"))
        continue
      }
      let values = position.map { record.fields[$0] }
      let row = Row(id: values[0], level: values[1], goal: values[2], industry: values[3])
      for (name, value) in zip(columns, values) where value.isEmpty {
        problems.append((record.line, "empty \(name)"))
      }
      if !row.level.isEmpty, !levels.contains(row.level) {
        problems.append((record.line, "level '\(row.level)' is not 1, 2 or 3"))
      }
      if !row.id.isEmpty {
        if let first = firstLine[row.id] {
          problems.append((record.line, "duplicate id '\(row.id)' (first on line \(first))"))
        } else {
          firstLine[row.id] = record.line
        }
      }
      rows.append(row)
    }
    guard problems.isEmpty else { throw Problems(all: problems) }
    return Roster(rows: rows)
  }
}
