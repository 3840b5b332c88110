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
}
