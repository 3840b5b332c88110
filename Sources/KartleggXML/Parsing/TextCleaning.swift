import Foundation

/// How kartlegg reads human text from its XML files.
enum TextCleaning {
  /// Whitespace runs collapsed to one space and trimmed, normalised to NFC.
  static func normalized(_ raw: String) -> String {
    let words = raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
    return words.joined(separator: " ").precomposedStringWithCanonicalMapping
  }

  /// The first control or bidi-override character in text, if any. Tab, newline and carriage
  /// return are allowed; the marks U+200E/U+200F (LRM/RLM) that right-to-left text needs are too.
  static func forbiddenScalar(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first { scalar in
      let value = scalar.value
      if value == 0x09 || value == 0x0A || value == 0x0D { return false }
      return value < 0x20 || (0x7F...0x9F).contains(value) || LoadProblem.isBidiControl(scalar)
    }
  }
}
