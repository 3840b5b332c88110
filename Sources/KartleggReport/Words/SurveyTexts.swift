import KartleggCore

/// A survey's participant-facing text in one language, falling back to the source language.
public struct SurveyTexts: Sendable {
  /// The survey.
  public let survey: Survey
  /// The language shown.
  public let language: LanguageCode
  private let catalog: TranslationCatalog?
  private let sources: [String: SourceText]

  /// Creates the texts.
  ///
  /// - Parameters:
  ///   - survey: The survey.
  ///   - language: The language; `nil` for the survey's own.
  ///   - catalog: The translation into that language, when it is not the survey's own.
  public init(survey: Survey, language: LanguageCode?, catalog: TranslationCatalog?) {
    self.survey = survey
    self.language = language ?? survey.sourceLanguage
    var sources: [String: SourceText] = [:]
    for source in SourceText.all(in: survey) { sources[source.key] = source }
    self.sources = sources
    self.catalog = self.language == survey.sourceLanguage ? nil : catalog
  }

  /// The text for a key: the reviewed translation, an unreviewed one marked †, or the source
  /// text marked with its language.
  ///
  /// - Parameter key: The text's key, e.g. `question.device.pc.text`.
  /// - Returns: The text.
  public func callAsFunction(_ key: String) -> String {
    guard let source = sources[key] else { return key }
    guard language != survey.sourceLanguage else { return source.text }
    guard let translation = catalog?.translation(of: source) else {
      return "\(source.text) [\(survey.sourceLanguage)]"
    }
    return translation.isReviewed ? translation.text : translation.text + " †"
  }

  /// The text for a key without the review mark: for what the participant takes away, where a
  /// "†" would only puzzle. A missing translation still falls back to the source text.
  ///
  /// - Parameters:
  ///   - key: The text's key.
  ///   - arguments: The values of `{1}`, `{2}`, ….
  /// - Returns: The text.
  public func unmarked(_ key: String, _ arguments: String...) -> String {
    guard let source = sources[key] else { return key }
    let text =
      language == survey.sourceLanguage
      ? source.text : catalog?.translation(of: source)?.text ?? source.text
    return Placeholders.fill(text, with: arguments)
  }

  /// Whether the chosen language is written right to left.
  public var isRightToLeft: Bool { survey.language(language)?.direction == .rightToLeft }

  /// A language's name in this language, or its code when the survey does not know it.
  ///
  /// - Parameter code: The language code.
  /// - Returns: The name.
  public func languageName(_ code: String) -> String {
    survey.language(LanguageCode(code)) == nil ? code : self("language.\(code).name")
  }

  /// A level's label.
  ///
  /// - Parameter level: The level.
  /// - Returns: The label.
  public func level(_ level: LevelID) -> String { self("level.\(level).label") }
}
