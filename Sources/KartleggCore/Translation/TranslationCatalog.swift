/// The review state of one translated text, as XLIFF 2.0 records it.
public enum ReviewState: String, Hashable, Sendable, CaseIterable {
  /// Not translated yet.
  case initial
  /// Translated, but no qualified translator has reviewed it: shown marked as unreviewed.
  case translated
  /// Reviewed by a qualified translator.
  case reviewed
  /// Reviewed and signed off.
  case final

  /// Whether a qualified translator has reviewed the text.
  public var isReviewed: Bool { self == .reviewed || self == .final }
}

/// One text in a translation file.
public struct TranslationUnit: Hashable, Sendable {
  /// The stable key (the XLIFF unit id).
  public var key: String
  /// The source text the translation was made from.
  public var source: String
  /// The translation, if there is one.
  public var target: String?
  /// The review state.
  public var state: ReviewState
  /// Where the unit is in its file.
  public var location: DocumentLocation

  /// Creates a unit.
  ///
  /// - Parameters:
  ///   - key: The stable key.
  ///   - source: The source text it was made from.
  ///   - target: The translation.
  ///   - state: The review state.
  ///   - location: Where it is.
  public init(
    key: String, source: String, target: String?, state: ReviewState, location: DocumentLocation
  ) {
    self.key = key
    self.source = source
    self.target = target
    self.state = state
    self.location = location
  }

  /// Whether the unit carries a translation.
  public var isTranslated: Bool { state != .initial && !(target ?? "").isEmpty }
}

/// The translations of one catalogue (a survey, or the adviser interface) into one language.
public struct TranslationCatalog: Hashable, Sendable {
  /// The catalogue's name, e.g. `digital-intake` or `interface`.
  public var catalogue: String
  /// The language translated from.
  public var sourceLanguage: LanguageCode
  /// The language translated into.
  public var targetLanguage: LanguageCode
  /// The units, in file order.
  public var units: [TranslationUnit]
  private var index: [String: Int]

  /// Creates a catalogue.
  ///
  /// - Parameters:
  ///   - catalogue: The catalogue's name.
  ///   - sourceLanguage: The language translated from.
  ///   - targetLanguage: The language translated into.
  ///   - units: The units in file order.
  public init(
    catalogue: String, sourceLanguage: LanguageCode, targetLanguage: LanguageCode,
    units: [TranslationUnit]
  ) {
    self.catalogue = catalogue
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.units = units
    var index: [String: Int] = [:]
    for (position, unit) in units.enumerated() where index[unit.key] == nil {
      index[unit.key] = position
    }
    self.index = index
  }

  /// The unit with the given key.
  ///
  /// - Parameter key: The stable key.
  /// - Returns: The unit, or `nil`.
  public func unit(_ key: String) -> TranslationUnit? {
    index[key].map { units[$0] }
  }

  /// The translation of a source text, when one exists and was made from that same text.
  ///
  /// - Parameter source: The source text and its key.
  /// - Returns: The translated text and whether it was reviewed, or `nil` when missing or stale.
  public func translation(of source: SourceText) -> (text: String, isReviewed: Bool)? {
    guard let unit = unit(source.key), unit.isTranslated, unit.source == source.text,
      let target = unit.target
    else { return nil }
    return (target, unit.state.isReviewed)
  }
}
