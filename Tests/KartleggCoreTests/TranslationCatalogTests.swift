import KartleggCore
import Testing

struct TranslationCatalogTests {
  let catalog = TranslationCoverageTests.catalog

  @Test(arguments: [
    ("survey.title", "Digital kartlegging", "مسح رقمي", true),
    ("level.beginner.label", "Nybegynner", "مبتدئ", true),
    ("question.support.text", "Hvor mye hjelp trenger du?", "كم تحتاج؟", false),
  ])
  func translatesCurrentText(key: String, source: String, target: String, isReviewed: Bool)
    throws
  {
    let translation = try #require(catalog.translation(of: SourceText(key: key, text: source)))
    #expect(translation.text == target)
    #expect(translation.isReviewed == isReviewed)
  }

  @Test(arguments: [
    ("question.apps.text", "Hvilke apper bruker du?"),  // stale: made from an older text
    ("question.support.help", "Spør om mobilen."),  // state initial
    ("question.support.option.alone", "Klarer meg selv"),  // empty target
    ("removed.key", "Borte"),  // no target
    ("flag.no-apps.label", "Bruker ingen apper"),  // not in the file
  ])
  func givesNoTranslationForStaleOrMissingText(key: String, source: String) {
    #expect(catalog.translation(of: SourceText(key: key, text: source)) == nil)
  }

  @Test func findsUnitByKeyAndKeepsTheFirstOfDuplicates() throws {
    let first = TranslationCoverageTests.unit("a", source: "A", target: "1", .final, line: 1)
    let second = TranslationCoverageTests.unit("a", source: "A", target: "2", .final, line: 2)
    let catalog = TranslationCatalog(
      catalogue: "c", sourceLanguage: "nb", targetLanguage: "ti", units: [first, second])
    #expect(catalog.unit("a") == first)
    #expect(catalog.unit("b") == nil)
    #expect(catalog.translation(of: SourceText(key: "a", text: "A"))?.text == "1")
  }

  @Test(arguments: [
    (ReviewState.initial, false), (.translated, false), (.reviewed, true), (.final, true),
  ])
  func treatsOnlyReviewedAndFinalAsReviewed(state: ReviewState, expected: Bool) {
    #expect(state.isReviewed == expected)
  }
}
