import KartleggTerminal

/// Text for an HTML document: escaped so it is always shown as text, never read as markup.
enum HTMLText {
  /// Text escaped for element content and quoted attribute values, with control and
  /// bidi-override characters shown as their code (`U+202E`).
  static func escaped(_ text: String) -> String {
    var result = ""
    for character in TerminalText.safe(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// Text from a person or a file: escaped and isolated in `<bdi>`, so a right-to-left name reads
  /// correctly inside left-to-right text, and the other way round.
  static func isolated(_ text: String) -> String {
    "<bdi>" + escaped(text) + "</bdi>"
  }
}
