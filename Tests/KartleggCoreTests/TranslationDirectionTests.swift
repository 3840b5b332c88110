import KartleggCore
import Testing

@Suite struct TranslationDirectionTests {
  private func unit(_ key: String, _ target: String, state: ReviewState = .translated)
    -> TranslationUnit
  {
    TranslationUnit(
      key: key, source: "x", target: target, state: state,
      location: DocumentLocation(file: "ps.xlf", line: 7))
  }

  @Test(arguments: [
    ("B2 یا لوړه", TextDirection.leftToRight),
    ("\u{200F}B2 یا لوړه", .rightToLeft),
    ("12 کتاب", .rightToLeft),
    ("\u{200E}کتاب", .leftToRight),
    ("\u{061C}WhatsApp", .rightToLeft),
    ("(«WhatsApp»)", .leftToRight),
    ("ትግርኛ", .leftToRight),
  ])
  func findsTheFirstStrongDirection(text: String, direction: TextDirection) {
    #expect(TranslationCatalog.firstStrongDirection(of: text) == direction)
  }

  @Test func textWithoutLettersHasNoStrongDirection() {
    #expect(TranslationCatalog.firstStrongDirection(of: "12 – 3?") == nil)
  }

  @Test func findsRightToLeftUnitsThatStartWithALatinWord() {
    let catalog = TranslationCatalog(
      catalogue: "digital-intake", sourceLanguage: "nb", targetLanguage: "ps",
      units: [
        unit("a", "B2 یا لوړه"), unit("b", "\u{200F}B2 یا لوړه"), unit("c", "WhatsApp"),
        unit("d", "BankID لرئ", state: .initial), unit("e", "NAV، ښوونځي"),
      ])
    #expect(catalog.unitsStartingLeftToRight().map(\.key) == ["a", "e"])
  }
}
