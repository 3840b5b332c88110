import KartleggCore
import Testing

struct TranslationCoverageTests {
  static let sources = [
    SourceText(key: "survey.title", text: "Digital kartlegging"),
    SourceText(key: "level.beginner.label", text: "Nybegynner"),
    SourceText(key: "question.support.text", text: "Hvor mye hjelp trenger du?"),
    SourceText(key: "question.support.help", text: "Spør om mobilen."),
    SourceText(key: "question.support.option.alone", text: "Klarer meg selv"),
    SourceText(key: "question.apps.text", text: "Hvilke apper bruker du?"),
    SourceText(key: "flag.no-apps.label", text: "Bruker ingen apper"),
  ]

  static func unit(
    _ key: String, source: String, target: String?, _ state: ReviewState, line: Int
  ) -> TranslationUnit {
    TranslationUnit(
      key: key, source: source, target: target, state: state,
      location: DocumentLocation(file: "ar.xliff", line: line))
  }

  /// A catalogue with one unit of each kind: reviewed (2), needs review (1), missing (3),
  /// stale (1), and two keys the source no longer has.
  static let catalog = TranslationCatalog(
    catalogue: "digital-intake", sourceLanguage: "nb", targetLanguage: "ar",
    units: [
      unit("survey.title", source: "Digital kartlegging", target: "مسح رقمي", .reviewed, line: 3),
      unit("old.key", source: "Gammel", target: "قديم", .final, line: 4),
      unit("level.beginner.label", source: "Nybegynner", target: "مبتدئ", .final, line: 5),
      unit(
        "question.support.text", source: "Hvor mye hjelp trenger du?", target: "كم تحتاج؟",
        .translated, line: 6),
      unit("question.support.help", source: "Spør om mobilen.", target: "اسأل", .initial, line: 7),
      unit(
        "question.support.option.alone", source: "Klarer meg selv", target: "", .translated, line: 8
      ),
      unit(
        "question.apps.text", source: "Hvilke apper bruker du nå?", target: "أي تطبيقات؟",
        .reviewed, line: 9),
      unit("removed.key", source: "Borte", target: nil, .initial, line: 10),
    ])

  @Test func countsEachStateOfTheSource() {
    let coverage = TranslationCoverage(sources: Self.sources, catalog: Self.catalog, language: "ar")
    #expect(coverage.language == "ar")
    #expect(coverage.total == 7)
    #expect(coverage.reviewed == 2)
    #expect(coverage.needsReview == 1)
    #expect(coverage.missing == 3)
    #expect(coverage.stale == 1)
    #expect(coverage.translated == 3)
    #expect(coverage.unknownKeys == ["old.key", "removed.key"])
    #expect(!coverage.isComplete)
  }

  @Test func countsEverythingMissingWithoutACatalog() {
    let coverage = TranslationCoverage(sources: Self.sources, catalog: nil, language: "ti")
    #expect(coverage.total == 7)
    #expect(coverage.missing == 7)
    #expect(coverage.reviewed + coverage.needsReview + coverage.stale == 0)
    #expect(coverage.unknownKeys == [])
    #expect(!coverage.isComplete)
  }

  @Test(arguments: [ReviewState.translated, .reviewed, .final])
  func isCompleteWhenEveryTextHasACurrentTranslation(state: ReviewState) {
    let units = Self.sources.enumerated().map { index, source in
      Self.unit(source.key, source: source.text, target: "نص", state, line: index + 1)
    }
    let catalog = TranslationCatalog(
      catalogue: "digital-intake", sourceLanguage: "nb", targetLanguage: "ar", units: units)
    let coverage = TranslationCoverage(sources: Self.sources, catalog: catalog, language: "ar")
    #expect(coverage.isComplete)
    #expect(coverage.translated == 7)
    #expect(coverage.needsReview == (state == .translated ? 7 : 0))
  }

  @Test func isNotCompleteWhenOnlyStaleTextsRemain() {
    let catalog = TranslationCatalog(
      catalogue: "c", sourceLanguage: "nb", targetLanguage: "ar",
      units: [Self.unit("survey.title", source: "Gammel tittel", target: "عنوان", .final, line: 1)])
    let coverage = TranslationCoverage(
      sources: [SourceText(key: "survey.title", text: "Ny tittel")], catalog: catalog,
      language: "ar")
    #expect(coverage.stale == 1)
    #expect(coverage.missing == 0)
    #expect(!coverage.isComplete)
  }
}
