/// A position in a source file: the file's name, a line and, where known, a column.
public struct DocumentLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The file name as the user gave it.
  public var file: String
  /// The line, counted from 1.
  public var line: Int
  /// The column, counted from 1, or `nil` where the source does not say.
  public var column: Int?

  /// Creates a location.
  ///
  /// - Parameters:
  ///   - file: The file name as the user gave it.
  ///   - line: The line, counted from 1.
  ///   - column: The column, counted from 1, or `nil` where unknown.
  public init(file: String, line: Int, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `FILE:LINE:COL`, or `FILE:LINE` when the column is unknown.
  public var description: String {
    if let column { return "\(file):\(line):\(column)" }
    return "\(file):\(line)"
  }

  /// Orders locations by file, line, then column.
  ///
  /// - Parameters:
  ///   - lhs: The first location.
  ///   - rhs: The second location.
  /// - Returns: Whether `lhs` comes first.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.file, lhs.line, lhs.column ?? 0) < (rhs.file, rhs.line, rhs.column ?? 0)
  }
}
