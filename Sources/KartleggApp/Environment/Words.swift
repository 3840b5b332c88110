import KartleggCore
import KartleggReport

extension InterfaceText {
  /// The interface text in a language, from the resource directory's `locales/interface`.
  ///
  /// - Parameters:
  ///   - language: `nb`, `nn` or `en`.
  ///   - resources: Where the translations are.
  /// - Returns: The text; a missing or broken file falls back to English, then to keys.
  /// - Throws: ``AppError`` (64) for a language kartlegg has no interface in.
  public static func load(_ language: String, from resources: any Resources) throws(AppError)
    -> InterfaceText
  {
    let code = LanguageCode(language)
    guard languages.contains(code) else {
      throw AppError(
        .usage,
        [AppProblem(.key("interface.error.unknown-language", language))])
    }
    let files = TranslationFiles(resources: resources)
    // Both catalogues are read when a text is first needed, the English fallback only when a
    // key lacks a translation (the shipped catalogues never do): reading one costs more than
    // the rest of a short command. A missing or broken file still falls back as before.
    let read: @Sendable (LanguageCode) -> TranslationCatalog? = { language in
      (try? files.read(catalogue: catalogue, language: language)) ?? nil
    }
    return InterfaceText(language: code, catalog: { read(code) }, english: { read("en") })
  }
}

extension SurveyTexts {
  /// A survey's text in a language, read from its translation file.
  ///
  /// - Parameters:
  ///   - survey: The survey.
  ///   - language: The language; `nil` for the survey's own.
  ///   - resources: Where the translations are.
  /// - Returns: The texts.
  /// - Throws: ``AppError``: 65 for a language the survey does not list or a broken file.
  public static func load(
    _ survey: Survey, language: LanguageCode?, from resources: any Resources
  ) throws(AppError) -> SurveyTexts {
    let code = language ?? survey.sourceLanguage
    guard code != survey.sourceLanguage else {
      return SurveyTexts(survey: survey, language: code, catalog: nil)
    }
    guard survey.language(code) != nil else {
      throw AppError(.dataError, "survey.error.no-language", code, survey.id)
    }
    let catalog = try TranslationFiles(resources: resources).read(
      catalogue: survey.id.rawValue, language: code)
    return SurveyTexts(survey: survey, language: code, catalog: catalog)
  }

  /// The survey's text in the adviser's interface language when the survey has it, else in
  /// the survey's own language.
  ///
  /// - Parameters:
  ///   - survey: The survey.
  ///   - ui: The adviser's interface.
  ///   - resources: Where the translations are.
  /// - Returns: The texts.
  /// - Throws: ``AppError`` for a broken translation file.
  public static func forAdviser(
    _ survey: Survey, ui: InterfaceText, from resources: any Resources
  ) throws(AppError) -> SurveyTexts {
    try load(
      survey, language: survey.language(ui.language) == nil ? nil : ui.language, from: resources)
  }
}
