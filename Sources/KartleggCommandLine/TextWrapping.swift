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
    lines(words: text.split(whereSeparator: { $0 == " " || $0 == "\n" }), width, indent: 0)
  }

  /// Words as lines no wider than `width` where they allow, each word kept whole (it may hold
  /// spaces); every line after the first indented.
  ///
  /// - Parameters:
  ///   - words: The words.
  ///   - width: The widest line, in characters.
  ///   - indent: The spaces before every line but the first.
  /// - Returns: The lines, at least one.
  static func lines<Word: StringProtocol>(words: [Word], _ width: Int, indent: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in words {
      let wordWidth = word.count
      if lineWidth > indent, lineWidth + 1 + wordWidth > width {
        lines.append(line)
        line = String(repeating: " ", count: indent)
        lineWidth = indent
      }
      if lineWidth > indent || (lineWidth > 0 && lines.isEmpty) {
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
