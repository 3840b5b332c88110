import Testing

@testable import KartleggXML

@Suite struct TextCleaningTests {
  @Test func collapsesWhitespaceRunsAndTrims() {
    #expect(
      TextCleaning.normalized("  Hvor \n\t ofte\r\n bruker   du PC?  ") == "Hvor ofte bruker du PC?"
    )
    #expect(TextCleaning.normalized(" \n\t ") == "")
    #expect(TextCleaning.normalized("") == "")
  }

  @Test func keepsLatinTextAsItIs() {
    #expect(TextCleaning.normalized("Blåbær  og\nøl – «ja»") == "Blåbær og øl – «ja»")
  }

  /// A decomposed letter (e + U+0301) is composed; text past U+0300 that is already NFC
  /// (Tigrinya, Arabic) stays the same.
  @Test func composesDecomposedText() {
    let decomposed = "Cafe\u{301}  ny"
    #expect(
      TextCleaning.normalized(decomposed).unicodeScalars.map(\.value)
        == "Café ny".unicodeScalars.map(\.value))
    #expect(TextCleaning.normalized("  ሰላም   مرحبا ") == "ሰላም مرحبا")
    #expect(TextCleaning.normalized("A\u{30A}").unicodeScalars.map(\.value) == [0xC5])
  }

  /// Text past U+0300 that is not in NFC is normalised however it fails: a singleton (OHM
  /// SIGN becomes OMEGA), conjoining Hangul jamo, marks out of canonical order. Text that is in
  /// NFC with marks (Arabic vowel signs) is kept as it is.
  @Test func normalisesEveryKindOfNonNFCText() {
    #expect(TextCleaning.normalized("\u{2126}").unicodeScalars.map(\.value) == [0x3A9])
    #expect(TextCleaning.normalized("\u{1100}\u{1161}").unicodeScalars.map(\.value) == [0xAC00])
    #expect(
      TextCleaning.normalized("a\u{301}\u{316}").unicodeScalars.map(\.value) == [0xE1, 0x316])
    let voweled = "\u{645}\u{64E}\u{631}\u{62D}\u{64E}\u{628}\u{627}"
    #expect(
      TextCleaning.normalized(voweled).unicodeScalars.map(\.value)
        == voweled.unicodeScalars.map(\.value))
  }
}
