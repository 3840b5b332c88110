/// A plain table with columns aligned by display width.
public struct TextTable {
  /// The column headings.
  public var header: [String]
  /// The rows, one cell per column.
  public var rows: [[String]] = []
  /// Columns aligned to the right (numbers).
  public var rightAligned: Set<Int> = []

  /// Creates a table.
  ///
  /// - Parameters:
  ///   - header: The column headings.
  ///   - rows: The rows.
  ///   - rightAligned: Columns aligned to the right.
  public init(header: [String], rows: [[String]] = [], rightAligned: Set<Int> = []) {
    self.header = header
    self.rows = rows
    self.rightAligned = rightAligned
  }

  /// The table as lines of text, aligned by display width. Cells are data: each is escaped
  /// (`TerminalText.escaped`, so a line feed in a name never starts a new row) and, when it
  /// holds right-to-left text, isolated (FSI … PDI) so it stays in its column.
  ///
  /// - Parameter indent: Text before every line.
  /// - Returns: The rendered table.
  /// - Complexity: O(*n*) in the total length of the cells.
  public func rendered(indent: String = "  ") -> String {
    let all = ([header] + rows).map { row in
      header.indices.map { column in
        Bidi.isolated(
          TerminalText.escaped(column < row.count ? row[column] : ""), rightToLeft: false)
      }
    }
    let widths = header.indices.map { column in
      all.map { DisplayWidth.of($0[column]) }.max() ?? 0
    }
    return all.map { row in
      let cells = header.indices.map { column -> String in
        let text = row[column]
        let isLast = column == header.count - 1 && !rightAligned.contains(column)
        let gap = String(
          repeating: " ", count: isLast ? 0 : max(0, widths[column] - DisplayWidth.of(text)))
        return rightAligned.contains(column) ? gap + text : text + gap
      }
      return indent + cells.joined(separator: "  ").replacingTrailingSpaces()
    }.joined(separator: "\n")
  }
}

extension String {
  /// The text without trailing spaces, in time linear in their number (`dropLast()` on a
  /// `Substring` walks from the start each time: a long name made this quadratic).
  fileprivate func replacingTrailingSpaces() -> String {
    var end = utf8.endIndex
    while end > utf8.startIndex {
      let before = utf8.index(before: end)
      guard utf8[before] == UInt8(ascii: " ") else { break }
      end = before
    }
    return String(self[..<end])
  }
}
