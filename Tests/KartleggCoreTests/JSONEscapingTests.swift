import Foundation
import KartleggCore
import Testing

@Suite struct JSONEscapingTests {
  @Test(arguments: [
    ("plain ሰላም", "\"plain ሰላም\""),
    ("a\"b\\c\nd\te\r", #""a\"b\\c\nd\te\r""#),
    ("\u{1B}[31m", #""\u001b[31m""#),
    ("x\u{7F}\u{85}\u{9B}y", #""x\u007f\u0085\u009by""#),
    ("\u{202E}evil\u{202C}", #""\u202eevil\u202c""#),
    ("\u{200F}\u{061C}\u{200E}", #""\u200f\u061c\u200e""#),
    ("\u{2066}iso\u{2069}", #""\u2066iso\u2069""#),
    ("line\u{2028}para\u{2029}", #""line\u2028para\u2029""#),
    ("زبان\u{200C}ها", "\"زبان\u{200C}ها\""),
  ])
  func quotesWithControlsAndBidiEscaped(text: String, expected: String) throws {
    #expect(JSONEscaping.quoted(text) == expected)
    let decoded = try JSONDecoder().decode(String.self, from: Data(expected.utf8))
    #expect(decoded == text)
  }

  @Test func escapesWhatAnEncoderLeftRawAndRoundTrips() throws {
    let names = ["Ali\u{202E}fdp.exe", "\u{9B}2J", "Sara\u{200F}", "ok"]
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let raw = String(decoding: try encoder.encode(["names": names]), as: UTF8.self)
    let escaped = JSONEscaping.escapingInvisibles(in: raw)
    #expect(
      !escaped.unicodeScalars.contains { $0 != "\n" && JSONEscaping.isEscaped($0) })
    #expect(escaped.contains(#""Ali\u202efdp.exe""#))
    #expect(escaped.contains(#""\u009b2J""#))
    let decoded = try JSONDecoder().decode([String: [String]].self, from: Data(escaped.utf8))
    #expect(decoded["names"] == names)
    #expect(JSONEscaping.escapingInvisibles(in: "{\"a\": 1}") == "{\"a\": 1}")
  }
}
