import ArgumentParser
import Foundation
import KartleggCore
import KartleggXML

/// `kartlegg locales update`: bring a survey's translation file in line with the survey.
struct LocalesUpdate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "update",
    abstract: "Create or update a survey's translation file for one language.",
    discussion: """
      Writes locales/<survey-id>/<language>.xlf: new texts are added untranslated, texts the
      survey no longer has are dropped, and a text whose source changed keeps its translation
      marked as needing review. Hand the file to a translator (Weblate, Crowdin and most CAT
      tools read XLIFF 2.0).

      Example:
        kartlegg locales update --language so
      """
  )

  @Option(help: ArgumentHelp("Target language code, e.g. so or prs.", valueName: "code"))
  var language: String

  @Option(help: ArgumentHelp("The survey (default: the standard survey).", valueName: "file"))
  var survey: String?

  @ArgumentParser.Flag(help: "Print the file instead of writing it.")
  var dryRun = false

  @OptionGroup var resources: ResourceOptions

  func run() throws {
    let surveyFiles = try SurveyFiles(resources: resources)
    let loaded = try surveyFiles.load(survey ?? surveyFiles.standardSurvey)
    let code = LanguageCode(language)
    guard loaded.language(code) != nil, code != loaded.sourceLanguage else {
      throw ValidationError(
        "'\(language)' is not a target language of survey '\(loaded.id)' (add it to <languages> first)"
      )
    }
    let files = TranslationFiles(root: surveyFiles.root)
    let existing: TranslationCatalog?
    switch files.read(catalogue: loaded.id.rawValue, language: code) {
    case .success(let catalog): existing = catalog
    case .failure(let failure):
      Diagnostics.report(failure.problems)
      throw ExitStatus.dataError
    }
    let text = XLIFFWriter().document(
      for: SourceText.all(in: loaded), existing: existing, catalogue: loaded.id.rawValue,
      sourceLanguage: loaded.sourceLanguage, targetLanguage: code)
    if dryRun {
      print(text, terminator: "")
      return
    }
    let path = files.path(catalogue: loaded.id.rawValue, language: code)
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    print("\(path): \(SourceText.all(in: loaded).count) units")
  }
}
