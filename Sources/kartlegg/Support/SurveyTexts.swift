import ArgumentParser
import Foundation
import KartleggCore
import KartleggXML

/// A survey's participant-facing text in one language, falling back to the source language.
struct SurveyTexts: Sendable {
  let survey: Survey
  let language: LanguageCode
  private let catalog: TranslationCatalog?
  private let sources: [String: SourceText]

  init(survey: Survey, language: LanguageCode?, root: URL) throws {
    self.survey = survey
    self.language = language ?? survey.sourceLanguage
    var sources: [String: SourceText] = [:]
    for source in SourceText.all(in: survey) { sources[source.key] = source }
    self.sources = sources
    guard self.language != survey.sourceLanguage else {
      self.catalog = nil
      return
    }
    guard survey.language(self.language) != nil else {
      throw ValidationError("'\(self.language)' is not a language of survey '\(survey.id)'")
    }
    switch TranslationFiles(root: root).read(catalogue: survey.id.rawValue, language: self.language)
    {
    case .success(let catalog): self.catalog = catalog
    case .failure(let failure):
      Diagnostics.report(failure.problems)
      throw ExitStatus.dataError
    }
  }

  /// The survey's text in the adviser's interface language when the survey has it, else in
  /// the survey's own language.
  static func forAdviser(_ survey: Survey, ui: InterfaceText, root: URL) throws -> SurveyTexts {
    try SurveyTexts(
      survey: survey, language: survey.language(ui.language) == nil ? nil : ui.language,
      root: root)
  }

  /// The text for a key: the reviewed translation, an unreviewed one marked †, or the source
  /// text marked with its language.
  func callAsFunction(_ key: String) -> String {
    guard let source = sources[key] else { return key }
    guard language != survey.sourceLanguage else { return source.text }
    guard let translation = catalog?.translation(of: source) else {
      return "\(source.text) [\(survey.sourceLanguage)]"
    }
    return translation.isReviewed ? translation.text : translation.text + " †"
  }

  /// Whether the chosen language is written right to left.
  var isRightToLeft: Bool { survey.language(language)?.direction == .rightToLeft }
}
