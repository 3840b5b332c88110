/// The number of terminal columns text occupies, as `wcwidth` counts them: combining marks,
/// format characters and zero-width joiners take none, characters Unicode's East Asian Width
/// data marks wide or fullwidth (CJK, Hangul, emoji such as 🚀 ☕ ⌚) take two, everything else
/// one. A grapheme cluster takes at most two columns (an emoji sequence joined with U+200D, a
/// flag), and an emoji with the emoji presentation selector U+FE0F takes two.
public enum DisplayWidth {
  /// The columns a text occupies.
  ///
  /// - Parameter text: The text.
  /// - Returns: Its display width.
  public static func of(_ text: String) -> Int {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    return text.reduce(0) { $0 + of($1) }
  }

  /// The columns one grapheme cluster occupies: 0, 1 or 2.
  ///
  /// - Parameter character: The grapheme cluster.
  /// - Returns: Its display width.
  public static func of(_ character: Character) -> Int {
    var total = 0
    var hasPresentationSelector = false
    for scalar in character.unicodeScalars {
      total += of(scalar)
      if scalar.value == 0xFE0F { hasPresentationSelector = true }
    }
    if hasPresentationSelector, let first = character.unicodeScalars.first,
      first.properties.isEmoji
    {
      return 2
    }
    return min(2, total)
  }

  /// The columns one scalar occupies: 0, 1 or 2.
  ///
  /// - Parameter scalar: The scalar.
  /// - Returns: Its display width.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: break
    }
    if value == 0x200B || (0x1160...0x11FF).contains(value) { return 0 }
    return isWide(value) ? 2 : 1
  }

  /// Whether a code point is wide or fullwidth (a binary search of `wideRanges`).
  static func isWide(_ value: UInt32) -> Bool {
    var low = 0
    var high = wideRanges.count
    while low < high {
      let middle = (low + high) / 2
      let range = wideRanges[middle]
      if value < range.lowerBound {
        high = middle
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  /// The text padded with spaces to a display width.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - width: The width to pad to.
  /// - Returns: The padded text.
  public static func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - of(text)))
  }
}

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
