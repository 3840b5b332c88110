import Foundation

/// kartlegg's one way to write its stable JSON formats: keys in snake_case and sorted, two-space
/// indentation, slashes unescaped, and every character that could reorder or hide text on a
/// screen (C0 and C1 controls, bidi formatting characters) written as a `\u` escape.
public enum StableJSON {
  /// A document as text.
  ///
  /// - Parameter value: The document.
  /// - Returns: Its JSON.
  /// - Throws: What `JSONEncoder` throws (never for kartlegg's documents).
  public static func encode(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return escapingInvisibles(String(decoding: try encoder.encode(value), as: UTF8.self))
  }

  /// JSON text with C1 controls and bidi formatting characters escaped as `\uXXXX`; JSON's
  /// own escapes already cover C0 controls. Outside strings these characters never occur, so
  /// the result is the same document.
  ///
  /// - Parameter json: JSON text.
  /// - Returns: The same document, with those characters escaped.
  public static func escapingInvisibles(_ json: String) -> String {
    guard json.unicodeScalars.contains(where: isInvisible) else { return json }
    var result = ""
    result.unicodeScalars.reserveCapacity(json.unicodeScalars.count)
    for scalar in json.unicodeScalars {
      if isInvisible(scalar) {
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}
