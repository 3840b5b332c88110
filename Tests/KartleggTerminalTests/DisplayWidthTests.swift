import Foundation
import KartleggTerminal
import Testing

@Suite struct DisplayWidthTests {
  private static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/EastAsianWidth-wide.txt")

  @Test func wideAndZeroWidthCharactersCountAsTheTerminalShowsThem() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("中文") == 4)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("ትግርኛ") == 4)
    #expect(DisplayWidth.of("العربية") == 7)
    #expect(DisplayWidth.of("\u{2067}x\u{2069}\u{200F}") == 1)
  }

  @Test(arguments: [("🚀", 2), ("☕", 2), ("⌚", 2), ("☺\u{FE0F}", 2), ("☺", 1), ("🇳🇴", 2)])
  func emojiTakeTwoColumns(emoji: String, width: Int) {
    #expect(DisplayWidth.of(emoji) == width)
  }

  @Test func anEmojiSequenceJoinedWithZeroWidthJoinersTakesTwoColumns() {
    #expect(DisplayWidth.of("👩\u{200D}👩\u{200D}👧") == 2)
    #expect(DisplayWidth.of("a🚀b") == 4)
  }

  /// Every code point Unicode 15's East Asian Width data marks W or F is two columns wide,
  /// except the combining marks among them (zero, as `wcwidth` has it).
  @Test func agreesWithUnicodesEastAsianWidthData() throws {
    let text = try String(contentsOf: Self.fixture, encoding: .utf8)
    var checked = 0
    var wrong: [String] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let field = line.split(separator: ";")[0].trimmingCharacters(in: .whitespaces)
      let bounds = field.components(separatedBy: "..").compactMap { UInt32($0, radix: 16) }
      let range = try #require(bounds.first)...(bounds.last ?? 0)
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let expected: Int
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: expected = 0
        default: expected = 2
        }
        checked += 1
        if DisplayWidth.of(scalar) != expected, wrong.count < 10 {
          wrong.append(String(value, radix: 16))
        }
      }
    }
    #expect(checked > 100_000)
    #expect(wrong.isEmpty)
  }

  @Test func ambiguousAndNarrowCharactersTakeOneColumn() {
    for text in ["a", "é", "ж", "ب", "ት", "→", "█", "–"] {
      #expect(DisplayWidth.of(text) == 1, "\(text)")
    }
  }
}
