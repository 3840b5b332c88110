import KartleggApp
import KartleggCommandLine
import KartleggReport

/// `kartlegg locales check`: translation coverage and review state per language.
struct LocalesCheck: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "check",
      abstract: "Report translation coverage and review state per language.",
      discussion: """
        For the adviser interface and for each survey, prints per language how many texts are
        reviewed, need review (translated by someone who is not a qualified translator, or whose
        source changed), are missing, or are stale (translated from an older source text).
        Exits 65 when nb, nn or en is incomplete or a translation file is broken.

        Examples:
          kartlegg locales check
          kartlegg locales check --survey surveys/digital-intake.xml --ui-language en
        """
    )
  }

  let survey: String?
  let resources: ResourceOptions
  let interface: InterfaceOptions

  init(reading line: CommandLineReader) throws {
    survey = line.option("survey", value: "file", help: "Check only this survey's translations.")
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
  }

  /// Languages that must be complete.
  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    let (coverage, problems) = try context.run {
      try CheckLocales(context: context.app).run(survey: survey)
    }
    Diagnostics.report(problems, ui: context.ui)
    StandardOutput.line(LocalesCoverageText(ui: context.ui).rendered(coverage))
    if coverage.hasFailed { throw ExitCode(ExitStatus.dataError.rawValue) }
  }
}
