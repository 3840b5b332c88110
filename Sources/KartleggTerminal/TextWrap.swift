/// Wraps text by display width (what the terminal shows), not by `Character` count, after
/// making it safe to print.
public enum TextWrap {
  /// The text as lines no wider than `width` columns, each starting with `indent`.
  ///
  /// Words wider than a line are broken by character. Existing newlines are kept.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - width: The columns available.
  ///   - indent: Text before every line.
  /// - Returns: The lines, without newlines.
  public static func lines(_ text: String, width: Int, indent: String = "") -> [String] {
    let room = max(10, width - 1 - DisplayWidth.of(indent))
    var lines: [String] = []
    for paragraph in TerminalText.safe(text).split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      var current = ""
      var currentWidth = 0
      for word in paragraph.split(separator: " ") {
        var word = String(word)
        var wordWidth = DisplayWidth.of(word)
        if currentWidth > 0, currentWidth + 1 + wordWidth > room {
          lines.append(indent + current)
          current = ""
          currentWidth = 0
        }
        while wordWidth > room {
          let (head, rest) = split(word, at: room - currentWidth)
          lines.append(indent + current + head)
          current = ""
          currentWidth = 0
          word = rest
          wordWidth = DisplayWidth.of(word)
        }
        if currentWidth > 0 {
          current += " "
          currentWidth += 1
        }
        current += word
        currentWidth += wordWidth
      }
      lines.append(indent + current)
    }
    return lines
  }

  private static func split(_ word: String, at columns: Int) -> (String, String) {
    var head = ""
    var width = 0
    var index = word.startIndex
    while index < word.endIndex {
      let character = word[index]
      let characterWidth = DisplayWidth.of(String(character))
      if width + characterWidth > max(1, columns), !head.isEmpty { break }
      head.append(character)
      width += characterWidth
      index = word.index(after: index)
    }
    return (head, String(word[index...]))
  }
}
