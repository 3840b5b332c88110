import ArgumentParser
import KartleggApp

/// The `kartlegg` command: digital-skills mapping for introduction programmes.
@main
struct Kartlegg: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "kartlegg",
      abstract: HelpText.text(
        "Map newcomers' digital skills, group a cohort, and recommend channels and interpreters."),
      discussion: HelpText.text(
        """
        Survey definitions are XML files (see docs/survey-format.md); translations are XLIFF files
        under locales/. Exit codes: 0 ok, 64 usage, 65 bad input data, 66 missing input file,
        70 internal error, 75 busy database (try again), 77 refused by the database's grants.
        """),
      version: KartleggVersion.current,
      subcommands: [
        SurveyCommand.self, LocalesCommand.self, IntakeCommand.self, ParticipantsCommand.self,
        Assess.self, GroupsCommand.self, SummaryCommand.self, DatabaseCommand.self, Demo.self,
        TerminalCheck.self,
      ]
    )
  }
}

extension Kartlegg {
  /// Runs the command; help and usage text go out with ArgumentParser's headings in the
  /// adviser's language (``HelpText``).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      // A command's own failure has printed its diagnostics already; only help, usage errors
      // and the version need ArgumentParser's texts, in the adviser's language.
      if !(error is ExitCode) { HelpText.showHelp() }
      guard exitCode(for: error) == .success else { exit(withError: error) }
      let message = fullMessage(for: error)
      if !message.isEmpty { StandardOutput.line(HelpText.localizingHeadings(message)) }
      exit()
    }
  }
}
