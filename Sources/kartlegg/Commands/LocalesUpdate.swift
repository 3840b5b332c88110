import KartleggApp
import KartleggCommandLine
import KartleggCore

/// `kartlegg locales update`: bring a survey's translation file in line with the survey.
struct LocalesUpdate: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "update",
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
  }

  let language: String
  let survey: String?
  let dryRun: Bool
  let resources: ResourceOptions
  let interface: InterfaceOptions

  init(reading line: CommandLineReader) throws {
    language = try line.requiredOption(
      "language", value: "code", help: "Target language code, e.g. so or prs.")
    survey = line.option(
      "survey", value: "file", help: "The survey (default: the standard survey).")
    dryRun = line.flag("dry-run", help: "Print the file instead of writing it.")
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
  }

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    let update = try context.run {
      try UpdateLocales(context: context.app).run(
        language: LanguageCode(language), survey: survey, dryRun: dryRun)
    }
    if dryRun {
      StandardOutput.write(update.document)
    } else {
      StandardOutput.line("\(update.path): \(update.units) units")
    }
  }
}
