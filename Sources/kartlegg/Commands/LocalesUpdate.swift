import ArgumentParser
import KartleggApp
import KartleggCore

/// `kartlegg locales update`: bring a survey's translation file in line with the survey.
struct LocalesUpdate: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "update",
      abstract: HelpText.text("Create or update a survey's translation file for one language."),
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

  @Option(help: ArgumentHelp("Target language code, e.g. so or prs.", valueName: "code"))
  var language: String

  @Option(help: ArgumentHelp("The survey (default: the standard survey).", valueName: "file"))
  var survey: String?

  @ArgumentParser.Flag(help: "Print the file instead of writing it.")
  var dryRun = false

  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

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
