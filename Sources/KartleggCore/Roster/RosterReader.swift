/// Reads a roster file: `id,level,goal,industry` with a header (columns in any order), one
/// participant per line — the input of `kartlegg groups suggest --roster`.
///
/// Pure and streaming: it reads records one at a time from the bytes and keeps only the rows,
/// so a file is held once plus its rows, never split into every field first.
public struct RosterReader: Sendable {
  /// One participant.
  public struct Row: Equatable, Sendable {
    /// The participant's id.
    public var id: String
    /// The level: 1, 2 or 3.
    public var level: String
    /// The goal.
    public var goal: String
    /// The industry.
    public var industry: String

    /// Creates a row.
    ///
    /// - Parameters:
    ///   - id: The id.
    ///   - level: The level.
    ///   - goal: The goal.
    ///   - industry: The industry.
    public init(id: String, level: String, goal: String, industry: String) {
      self.id = id
      self.level = level
      self.goal = goal
      self.industry = industry
    }
  }

  /// A problem at a line.
  public struct Problem: Equatable, Sendable {
    /// What is wrong with a row or the file.
    public enum Reason: Equatable, Sendable {
      /// The file has no lines.
      case empty
      /// Not CSV.
      case text(CSVScanner.Failure.Reason)
      /// The header is not the four columns.
      case header(found: String)
      /// Too many or too few fields.
      case fieldCount(expected: Int, found: Int)
      /// An empty field; the column's name.
      case emptyField(String)
      /// A level other than 1, 2 or 3.
      case level(String)
      /// An id already used.
      case duplicateID(String, firstLine: Int)
      /// Reading stopped after this many problems.
      case tooManyProblems(shown: Int)
    }

    /// The line, from 1.
    public var line: Int
    /// What is wrong.
    public var reason: Reason

    /// What is wrong, in English.
    public var message: String {
      switch reason {
      case .empty: return "the file is empty; expected the header 'id,level,goal,industry'"
      case .text(let reason): return CSVScanner.Failure(line: line, reason: reason).message
      case .header(let found):
        return "expected the header 'id,level,goal,industry' (any order), found '\(found)'"
      case .fieldCount(let expected, let found):
        return "expected \(expected) fields, found \(found)"
      case .emptyField(let name): return "empty \(name)"
      case .level(let level): return "level '\(level)' is not 1, 2 or 3"
      case .duplicateID(let id, let first): return "duplicate id '\(id)' (first on line \(first))"
      case .tooManyProblems(let shown):
        return "too many problems; stopped reading after the first \(shown)"
      }
    }
  }

  /// Every problem found (at most ``problemLimit`` and a note), in line order.
  public struct Failure: Error, Equatable, Sendable {
    /// The problems.
    public var problems: [Problem]
  }

  /// The columns a roster must have, in any order.
  public static let columns = ["id", "level", "goal", "industry"]
  /// The levels a row may have.
  public static let levels: Set<String> = ["1", "2", "3"]
  /// The most problems reported; reading stops after them.
  public static let problemLimit = 100
  /// The longest value quoted in a message.
  static let quotedLength = 60

  /// Creates a reader.
  public init() {}

  /// Reads a roster.
  ///
  /// - Parameter bytes: The file's content (UTF-8 CSV).
  /// - Returns: The participants, in file order.
  /// - Throws: ``Failure`` with every bad row, not only the first (up to the limit).
  /// - Complexity: O(n) in the file's length.
  public func read(_ bytes: [UInt8]) throws(Failure) -> [Row] {
    var scanner = CSVScanner(bytes)
    guard let first = scanner.next() else {
      throw Failure(problems: [
        Problem(line: 1, reason: .empty)
      ])
    }
    let header: CSVScanner.Record
    switch first {
    case .success(let record): header = record
    case .failure(let failure):
      throw Failure(problems: [Problem(line: failure.line, reason: .text(failure.reason))])
    }
    guard header.fields.sorted() == Self.columns.sorted() else {
      let found = Self.cut(header.fields.joined(separator: ","))
      throw Failure(problems: [
        Problem(
          line: header.line,
          reason: .header(found: found))
      ])
    }
    let position = Self.columns.map { name in header.fields.firstIndex(of: name) ?? 0 }
    var problems: [Problem] = []
    var rows: [Row] = []
    var firstLine: [String: Int] = [:]
    while let next = scanner.next() {
      guard problems.count < Self.problemLimit else {
        let line: Int
        switch next {
        case .success(let record): line = record.line
        case .failure(let failure): line = failure.line
        }
        problems = Array(problems.prefix(Self.problemLimit))
        problems.append(
          Problem(
            line: line,
            reason: .tooManyProblems(shown: Self.problemLimit)))
        break
      }
      let record: CSVScanner.Record
      switch next {
      case .success(let read): record = read
      case .failure(let failure):
        problems.append(Problem(line: failure.line, reason: .text(failure.reason)))
        continue
      }
      guard record.fields.count == Self.columns.count else {
        problems.append(
          Problem(
            line: record.line,
            reason: .fieldCount(expected: Self.columns.count, found: record.fields.count)))
        continue
      }
      let row = Row(
        id: record.fields[position[0]], level: record.fields[position[1]],
        goal: record.fields[position[2]], industry: record.fields[position[3]])
      for (name, value) in zip(Self.columns, [row.id, row.level, row.goal, row.industry])
      where value.isEmpty {
        problems.append(Problem(line: record.line, reason: .emptyField(name)))
      }
      if !row.level.isEmpty, !Self.levels.contains(row.level) {
        problems.append(
          Problem(line: record.line, reason: .level(Self.cut(row.level))))
      }
      if !row.id.isEmpty {
        if let first = firstLine[row.id] {
          problems.append(
            Problem(
              line: record.line,
              reason: .duplicateID(Self.cut(row.id), firstLine: first)))
        } else {
          firstLine[row.id] = record.line
        }
      }
      rows.append(row)
    }
    guard problems.isEmpty else { throw Failure(problems: problems) }
    return rows
  }

  private static func cut(_ value: String) -> String {
    value.count > quotedLength ? String(value.prefix(quotedLength)) + "…" : value
  }
}
