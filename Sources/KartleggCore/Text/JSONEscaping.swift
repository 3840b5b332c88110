/// The one place that decides how text is escaped in kartlegg's JSON output.
///
/// JSON only requires C0 controls, quotes and backslashes to be escaped. kartlegg also escapes
/// characters that are invisible or reorder what is around them when the JSON is shown — DEL,
/// the C1 controls (U+0080…U+009F, such as U+009B, a terminal's CSI), the bidirectional
/// formatting characters (U+061C, U+200E, U+200F, U+202A…U+202E, U+2066…U+2069) and the line
/// and paragraph separators (U+2028, U+2029) — so a name cannot hide or reverse a value when the
/// file is read in a terminal or an editor. The escapes are lossless: a JSON reader gets the
/// original text back.
public enum JSONEscaping {
  /// Whether a character is written as `\uXXXX` in kartlegg's JSON.
  ///
  /// - Parameter scalar: The character.
  /// - Returns: `true` for controls, bidi formatting characters and line separators.
  public static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    case 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// A JSON string literal, with quotes, backslashes and every ``isEscaped(_:)`` character
  /// escaped.
  ///
  /// - Parameter text: The text.
  /// - Returns: The literal, in double quotes.
  public static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where isEscaped(scalar): result += escape(scalar)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// A JSON document (as `JSONEncoder` writes it) with every ``isEscaped(_:)`` character that
  /// the encoder left raw written as `\uXXXX`.
  ///
  /// Safe on any valid JSON: apart from the whitespace between tokens (tab, line feed, carriage
  /// return — left alone, since inside strings an encoder has already escaped them), such
  /// characters can only occur inside strings, where the escape means the same character.
  ///
  /// - Parameter json: Valid JSON text.
  /// - Returns: The same document with those characters escaped.
  public static func escapingInvisibles(in json: String) -> String {
    func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
      scalar != "\t" && scalar != "\n" && scalar != "\r" && Self.isEscaped(scalar)
    }
    guard json.unicodeScalars.contains(where: isEscaped) else { return json }
    var result = ""
    result.unicodeScalars.reserveCapacity(json.unicodeScalars.count)
    for scalar in json.unicodeScalars {
      if isEscaped(scalar) {
        result += escape(scalar)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
