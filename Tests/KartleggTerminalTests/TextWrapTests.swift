import KartleggTerminal
import Testing

@Suite struct TextWrapTests {
  @Test func wrapsByDisplayWidthNotByCharacters() {
    let lines = TextWrap.lines("中文中文 中文中文 中文中文", width: 21)
    #expect(lines == ["中文中文 中文中文", "中文中文"])
    for line in lines { #expect(DisplayWidth.of(line) <= 20) }
  }

  @Test func indentsEveryLineAndKeepsNewlines() {
    let lines = TextWrap.lines("one two three\nfour", width: 14, indent: "  ")
    #expect(lines == ["  one two", "  three", "  four"])
  }

  @Test func aWrappedOptionLabelHangsUnderItsTextAndNeverRepeatsItsNumber() {
    let lines = TextWrap.lines(
      "Send a message with WhatsApp or SMS", width: 21, indent: "  12  ")
    #expect(lines == ["  12  Send a message", "      with WhatsApp", "      or SMS"])
  }

  @Test func anExplicitHangingIndentIsUsed() {
    let lines = TextWrap.lines("aaa bbb ccc", width: 16, indent: "> ", hanging: "    ")
    #expect(lines == ["> aaa bbb ccc"])
    let narrow = TextWrap.lines("aaaa bbbb cccc dddd", width: 16, indent: "> ", hanging: "    ")
    #expect(narrow == ["> aaaa bbbb", "    cccc dddd"])
  }

  @Test func spacesWithinALineAreKeptAndDroppedWhereItBreaks() {
    let lines = TextWrap.lines("Samlet    ███░░  33  Nybegynner", width: 30)
    #expect(lines == ["Samlet    ███░░  33", "Nybegynner"])
  }

  @Test func breaksAWordOnlyWhenItIsWiderThanTheLine() {
    let lines = TextWrap.lines("ab " + String(repeating: "a", count: 25), width: 11)
    #expect(lines == ["ab", "aaaaaaaaaa", "aaaaaaaaaa", "aaaaa"])
  }

  @Test func neverSplitsAGraphemeCluster() {
    let word = String(repeating: "e\u{301}", count: 12)
    let lines = TextWrap.lines(word, width: 11)
    #expect(lines.map(\.count) == [10, 2])
    #expect(lines.joined() == word)
    let emoji = String(repeating: "👩\u{200D}👩\u{200D}👧", count: 6)
    let emojiLines = TextWrap.lines(emoji, width: 11)
    #expect(emojiLines.map(DisplayWidth.of) == [10, 2])
    #expect(emojiLines.joined() == emoji)
  }

  @Test(arguments: [20, 33, 60, 80])
  func noLineIsWiderThanTheWidthLessOne(width: Int) {
    let text =
      "Kan du sende en melding på WhatsApp 🚀 til riktig person? 中文中文 "
      + String(repeating: "x", count: 70) + " ትግርኛ ☕ العربية"
    for line in TextWrap.lines(text, width: width, indent: "   1  ") {
      #expect(DisplayWidth.of(line) <= width - 1, "\(line)")
    }
  }

  @Test func anIsolateBrokenAcrossLinesIsClosedAndReopenedOnEachLine() {
    let text = "[ar] \u{2067}كم مرة تستخدم الهاتف الذكي؟\u{2069} done"
    let lines = TextWrap.lines(prepared: text, width: 20, indent: "", hanging: "     ")
    #expect(
      lines == [
        "[ar] \u{2067}كم مرة تستخدم\u{2069}",
        "     \u{2067}الهاتف الذكي؟\u{2069}",
        "     done",
      ])
  }

  @Test func hangingLinesFollowTheirNumber() {
    let line = "    12. option-value: a label that is long enough to wrap twice over"
    let lines = TextWrap.hanging(line, width: 34)
    #expect(lines.first?.hasPrefix("    12. option-value:") == true)
    for continuation in lines.dropFirst() {
      #expect(continuation.hasPrefix("        ") && !continuation.hasPrefix("         "))
    }
    #expect(TextWrap.hanging("  plain line here", width: 14) == ["  plain line", "    here"])
    #expect(
      TextWrap.hanging("§3 section heading text", width: 16) == ["§3 section", "   heading text"])
  }

  @Test func controlAndBidiOverrideCharactersAreMadeVisible() {
    let lines = TextWrap.lines("a\u{1B}[31mred\u{202E}evil\u{9B}", width: 80)
    #expect(lines == ["aU+001B[31mredU+202EevilU+009B"])
  }

  @Test func wrappingALongWordIsFast() {
    let word = String(repeating: "ab", count: 50_000)
    let clock = ContinuousClock()
    let elapsed = clock.measure { _ = TextWrap.lines(word, width: 80) }
    #expect(elapsed < .seconds(2))
  }
}
