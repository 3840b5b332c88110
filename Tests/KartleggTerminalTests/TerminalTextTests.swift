import KartleggTerminal
import Testing

@Suite struct TerminalTextTests {
  @Test(arguments: [
    ("Ola\nNordmann", #"Ola\nNordmann"#),
    ("a\r\tb", #"a\r\tb"#),
    ("\u{200F}Ali", "<U+200F>Ali"),
    ("\u{061C}x\u{200E}", "<U+061C>x<U+200E>"),
    ("evil\u{202E}gnp", "evil<U+202E>gnp"),
    ("\u{2067}x\u{2069}", "<U+2067>x<U+2069>"),
    ("c1\u{9B}31m", "c1<U+009B>31m"),
    ("esc\u{1B}[2J", "esc<U+001B>[2J"),
    ("line\u{2028}sep", "line<U+2028>sep"),
    ("zw\u{200B}\u{FEFF}", "zw<U+200B><U+FEFF>"),
  ])
  func dataTextShowsEveryControlAndBidiCharacterEscaped(text: String, shown: String) {
    #expect(TerminalText.escaped(text) == shown)
  }

  @Test func joinersThatPersianAndEmojiNeedAreKept() {
    let persian = "می\u{200C}خواهم"
    #expect(TerminalText.escaped(persian) == persian)
    #expect(TerminalText.escaped("👩\u{200D}👧") == "👩\u{200D}👧")
    #expect(TerminalText.escaped("Åse Ødegård علي") == "Åse Ødegård علي")
  }

  @Test func fileTextKeepsTheMarksATranslatorPutsIn() {
    #expect(TerminalText.safe("\u{200F}B2 أو أعلى") == "\u{200F}B2 أو أعلى")
    #expect(TerminalText.safe("a\nb") == "a\nb")
    #expect(TerminalText.safe("x\u{2066}y") == "xU+2066y")
  }

  @Test func escapingALongNameIsLinear() {
    let name = String(repeating: "\u{200F}Ali\n", count: 2_000)
    let clock = ContinuousClock()
    var shown = ""
    let elapsed = clock.measure { shown = TerminalText.escaped(name) }
    #expect(elapsed < .seconds(1))
    #expect(!shown.contains("\n"))
    #expect(shown.hasPrefix(#"<U+200F>Ali\n<U+200F>"#))
  }
}
