import KartleggCore

/// The languages a survey can be shown to a participant in: its own and those with a
/// translation file.
public struct ParticipantLanguages: Sendable {
  let resources: any Resources

  /// Creates the lookup.
  ///
  /// - Parameter resources: Where the translations are.
  public init(resources: any Resources) {
    self.resources = resources
  }

  /// The languages, in the survey's order.
  ///
  /// - Parameter survey: The survey.
  /// - Returns: Its own language and every language with a translation file.
  public func available(in survey: Survey) -> [LanguageCode] {
    let translated = Set(
      TranslationFiles(resources: resources).languages(in: survey.id.rawValue))
    return survey.languages.map(\.code).filter {
      $0 == survey.sourceLanguage || translated.contains($0)
    }
  }
}
