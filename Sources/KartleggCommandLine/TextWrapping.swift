/// Text broken into lines of a width, at spaces.
enum TextWrapping {
  /// A text as lines no wider than `width` where its words allow; a longer word gets a line of
  /// its own.
  ///
  /// - Parameters:
  ///   - text: The text; runs of spaces and newlines count as one space.
  ///   - width: The widest line, in characters.
  /// - Returns: The lines, at least one.
  static func lines(_ text: String, _ width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      let wordWidth = word.count
      if lineWidth > 0, lineWidth + 1 + wordWidth > width {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      if lineWidth > 0 {
        line += " "
        lineWidth += 1
      }
      line += word
      lineWidth += wordWidth
    }
    lines.append(line)
    return lines
  }

  /// Paragraphs separated by blank lines: an indented line (an example) stays as it is, the
  /// lines between are joined and wrapped.
  ///
  /// - Parameters:
  ///   - text: The paragraphs.
  ///   - width: The widest line, in characters.
  /// - Returns: The lines.
  static func paragraphs(_ text: String, _ width: Int) -> [String] {
    var result: [String] = []
    var running: [Substring] = []
    func flush() {
      guard !running.isEmpty else { return }
      result += lines(running.joined(separator: " "), width)
      running = []
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.allSatisfy({ $0 == " " }) {
        flush()
        result.append("")
      } else if line.first == " " {
        flush()
        result.append(String(line))
      } else {
        running.append(line)
      }
    }
    flush()
    return result
  }
}
