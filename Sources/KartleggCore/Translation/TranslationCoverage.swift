/// How far a translation file covers its source: the figures `kartlegg locales check` prints.
public struct TranslationCoverage: Hashable, Sendable {
  /// The language.
  public var language: LanguageCode
  /// Units in the source.
  public var total: Int
  /// Units translated from the current source text and reviewed.
  public var reviewed: Int
  /// Units translated from the current source text but not reviewed.
  public var needsReview: Int
  /// Units with no translation.
  public var missing: Int
  /// Units translated from a source text that has since changed.
  public var stale: Int
  /// Keys in the translation file that the source no longer has.
  public var unknownKeys: [String]

  /// Compares a translation file with the source texts.
  ///
  /// - Parameters:
  ///   - sources: The source texts.
  ///   - catalog: The translation file, or `nil` when the language has none.
  ///   - language: The language.
  public init(sources: [SourceText], catalog: TranslationCatalog?, language: LanguageCode) {
    self.language = language
    self.total = sources.count
    var reviewed = 0
    var needsReview = 0
    var missing = 0
    var stale = 0
    for source in sources {
      guard let unit = catalog?.unit(source.key), unit.isTranslated else {
        missing += 1
        continue
      }
      if unit.source != source.text {
        stale += 1
      } else if unit.state.isReviewed {
        reviewed += 1
      } else {
        needsReview += 1
      }
    }
    (self.reviewed, self.needsReview, self.missing, self.stale) = (
      reviewed, needsReview, missing, stale
    )
    let known = Set(sources.map(\.key))
    self.unknownKeys = (catalog?.units ?? []).map(\.key).filter { !known.contains($0) }
  }

  /// Units with a current translation, reviewed or not.
  public var translated: Int { reviewed + needsReview }

  /// Whether every unit has a current translation.
  public var isComplete: Bool { missing == 0 && stale == 0 }
}
