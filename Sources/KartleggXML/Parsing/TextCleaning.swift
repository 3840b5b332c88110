import Foundation

/// How kartlegg reads human text from its XML files.
enum TextCleaning {
  /// Whitespace runs collapsed to one space and trimmed, normalised to NFC.
  ///
  /// Text whose scalars are all below U+0300 (ASCII, Latin-1 and Latin Extended, which is
  /// most of kartlegg's interface and survey text) is already in NFC: no scalar there
  /// decomposes or composes with a neighbour. Other text is checked by the standard library
  /// (`UTF8Span.checkForNFC`), which finds the Arabic, Tigrinya or Somali names a survey holds
  /// already composed; only text that is not goes through Foundation's normalisation, which
  /// costs far more than the rest of reading a file.
  static func normalized(_ raw: String) -> String {
    var raw = raw
    var collapsed: [UInt8] = []
    var mayNeedNormalizing = false
    raw.withUTF8 { bytes in
      collapsed.reserveCapacity(bytes.count)
      var pendingSpace = false
      for byte in bytes {
        switch byte {
        case 0x20, 0x0A, 0x09, 0x0D:
          pendingSpace = !collapsed.isEmpty
        default:
          if pendingSpace {
            collapsed.append(0x20)
            pendingSpace = false
          }
          // 0xCC is the first byte of U+0300 in UTF-8; every later scalar starts at or above it.
          if byte >= 0xCC, byte & 0xC0 != 0x80 { mayNeedNormalizing = true }
          collapsed.append(byte)
        }
      }
    }
    let text = String(decoding: collapsed, as: UTF8.self)
    guard mayNeedNormalizing, !isNFC(text) else { return text }
    return text.precomposedStringWithCanonicalMapping
  }

  /// Whether text is in NFC, by the standard library's full check.
  private static func isNFC(_ text: String) -> Bool {
    guard #available(macOS 26, *) else { return false }
    var span = text.utf8Span
    return span.checkForNFC(quickCheck: false)
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
