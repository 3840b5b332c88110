/// Makes text safe to print on a terminal.
///
/// Two strengths: `safe` for text from kartlegg's own files (surveys, translations), which may
/// hold the marks a translator puts in on purpose (LRM, RLM, ALM) and line breaks; `escaped`
/// for data people typed (names, cohort names, free-text answers), where every control and bidi
/// formatting character is shown as a visible escape so a name can neither start a new row nor
/// reorder what is around it.
public enum TerminalText {
  /// The text with C0/C1 control characters (except newline and tab) and bidi embedding,
  /// override and isolate controls replaced by their `U+XXXX` code, so nothing from a file can
  /// move the cursor, change colours or reorder what the adviser reads.
  ///
  /// - Parameter text: Text that came from a file.
  /// - Returns: The text, safe to print.
  public static func safe(_ text: String) -> String {
    func isUnsafe(_ value: UInt32) -> Bool {
      (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
        || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
    guard text.unicodeScalars.contains(where: { isUnsafe($0.value) }) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar.value) {
        result.append(contentsOf: ("U+" + hex(scalar.value)).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Data text (a name, a cohort name, a free-text answer) as one line with every control and
  /// bidi formatting character visible: `\n`, `\r` and `\t` for line feed, carriage return and
  /// tab, `<U+XXXX>` for the other C0 and C1 controls, the bidi marks (U+061C, U+200E, U+200F),
  /// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the line and paragraph
  /// separators (U+2028, U+2029), U+200B and U+FEFF. Joiners (U+200C, U+200D), which Persian and
  /// emoji need, are kept.
  ///
  /// - Parameter text: Text a person typed.
  /// - Returns: The text on one line, safe to print.
  /// - Complexity: O(*n*) in the number of scalars.
  public static func escaped(_ text: String) -> String {
    // A local view: appending through `result.unicodeScalars` of a `String` may copy it each
    // time, which made a 10,000-character name take seconds.
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x0A: result.append(contentsOf: "\\n".unicodeScalars)
      case 0x0D: result.append(contentsOf: "\\r".unicodeScalars)
      case 0x09: result.append(contentsOf: "\\t".unicodeScalars)
      case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200B, 0x200E, 0x200F, 0x2028...0x202E,
        0x2066...0x2069, 0xFEFF:
        result.append(contentsOf: ("<U+" + hex(value) + ">").unicodeScalars)
      default: result.append(scalar)
      }
    }
    return String(result)
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
