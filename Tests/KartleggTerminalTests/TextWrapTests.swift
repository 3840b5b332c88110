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

  @Test func breaksAWordWiderThanTheLine() {
    let lines = TextWrap.lines(String(repeating: "a", count: 25), width: 11)
    #expect(lines == ["aaaaaaaaaa", "aaaaaaaaaa", "aaaaa"])
  }

  @Test func controlAndBidiOverrideCharactersAreMadeVisible() {
    let lines = TextWrap.lines("a\u{1B}[31mred\u{202E}evil\u{9B}", width: 80)
    #expect(lines == ["aU+001B[31mredU+202EevilU+009B"])
  }
}
