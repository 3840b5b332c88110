import KartleggCore
import KartleggXML

/// The `locales update` use case: a survey's translation file for one language created or
/// brought up to date for a translator.
public struct UpdateLocales {
  let context: AppContext

  /// What the update made.
  public struct Update: Sendable {
    /// The file's path.
    public var path: String
    /// The XLIFF document.
    public var document: String
    /// How many units it has.
    public var units: Int
  }

  /// Creates the use case.
  ///
  /// - Parameter context: Resources, interface language and actor.
  public init(context: AppContext) {
    self.context = context
  }

  /// Makes the file's new content, and writes it unless `dryRun`.
  ///
  /// - Parameters:
  ///   - language: The target language.
  ///   - survey: The survey file; `nil` for the standard survey.
  ///   - dryRun: Whether to leave the file as it is.
  /// - Returns: The update.
  /// - Throws: ``AppError``: 64 for a language the survey does not list.
  public func run(language: LanguageCode, survey: String?, dryRun: Bool) throws(AppError)
    -> Update
  {
    let surveys = try context.surveys()
    let loaded = try surveys.load(survey ?? surveys.standardSurvey)
    guard loaded.language(language) != nil, language != loaded.sourceLanguage else {
      throw AppError(.usage, "locales.error.not-target", language, loaded.id)
    }
    let files = TranslationFiles(resources: context.resources)
    let existing = try files.read(catalogue: loaded.id.rawValue, language: language)
    let sources = SourceText.all(in: loaded)
    let document = XLIFFWriter().document(
      for: sources, existing: existing, catalogue: loaded.id.rawValue,
      sourceLanguage: loaded.sourceLanguage, targetLanguage: language)
    let path = files.path(catalogue: loaded.id.rawValue, language: language)
    if !dryRun { try context.resources.write(Array(document.utf8), toPath: path) }
    return Update(path: path, document: document, units: sources.count)
  }
}
