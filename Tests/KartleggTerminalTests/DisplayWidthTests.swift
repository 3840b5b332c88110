import KartleggTerminal
import Testing

@Suite struct DisplayWidthTests {
  @Test func wideAndZeroWidthCharactersCountAsTheTerminalShowsThem() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("中文") == 4)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("ትግርኛ") == 4)
  }
}
