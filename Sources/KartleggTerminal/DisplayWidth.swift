/// The number of terminal columns text occupies, as `wcwidth` counts them: combining marks,
/// format characters and zero-width joiners take none, East Asian wide and fullwidth
/// characters and emoji take two, everything else one.
public enum DisplayWidth {
  /// The columns a text occupies.
  ///
  /// - Parameter text: The text.
  /// - Returns: Its display width.
  public static func of(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + of($1) }
  }

  /// The columns one scalar occupies: 0, 1 or 2.
  ///
  /// - Parameter scalar: The scalar.
  /// - Returns: Its display width.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: break
    }
    let value = scalar.value
    if value == 0x200B || (0x1160...0x11FF).contains(value) { return 0 }
    return wideRanges.contains { $0.contains(value) } ? 2 : 1
  }

  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
    0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
    0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
  ]

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

  /// The table as lines of text, cells made safe and aligned by display width.
  ///
  /// - Parameter indent: Text before every line.
  /// - Returns: The rendered table.
  public func rendered(indent: String = "  ") -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in
      all.map { DisplayWidth.of(column < $0.count ? $0[column] : "") }.max() ?? 0
    }
    return all.map { row in
      let cells = header.indices.map { column -> String in
        let text = TerminalText.safe(column < row.count ? row[column] : "")
        let gap = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(text)))
        return rightAligned.contains(column) ? gap + text : text + gap
      }
      return indent + cells.joined(separator: "  ").replacingTrailingSpaces()
    }.joined(separator: "\n")
  }
}

extension String {
  fileprivate func replacingTrailingSpaces() -> String {
    var text = Substring(self)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
