import Foundation
import KartleggCore

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

  /// JSON text with C1 controls, bidi formatting characters and line separators escaped as
  /// `\uXXXX` — ``JSONEscaping/escapingInvisibles(in:)``, the one escaping rule every JSON
  /// output of kartlegg uses.
  ///
  /// - Parameter json: JSON text.
  /// - Returns: The same document, with those characters escaped.
  public static func escapingInvisibles(_ json: String) -> String {
    JSONEscaping.escapingInvisibles(in: json)
  }
}
