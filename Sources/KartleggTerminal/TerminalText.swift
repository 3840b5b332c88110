/// Makes text from files safe to print on a terminal.
public enum TerminalText {
  /// The text with C0/C1 control characters (except newline and tab) and bidi embedding,
  /// override and isolate controls replaced by their `U+XXXX` code, so nothing from a file can
  /// move the cursor, change colours or reorder what the adviser reads.
  ///
  /// - Parameter text: Text that came from a file or a person.
  /// - Returns: The text, safe to print.
  public static func safe(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let isControl =
        (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
      let isBidi = (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
      if isControl || isBidi {
        let digits = String(value, radix: 16, uppercase: true)
        result += "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
