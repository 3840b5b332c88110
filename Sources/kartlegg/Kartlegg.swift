import Foundation
import KartleggApp
import KartleggCommandLine
import KartleggTerminal

/// The `kartlegg` command: digital-skills mapping for introduction programmes.
@main
struct Kartlegg: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "kartlegg",
      abstract:
        "Map newcomers' digital skills, group a cohort, and recommend channels and interpreters.",
      discussion: """
        Survey definitions are XML files (see docs/survey-format.md); translations are XLIFF files
        under locales/. Exit codes: 0 ok, 64 usage, 65 bad input data, 66 missing input file,
        70 internal error, 75 busy database (try again), 77 refused by the database's grants.
        """,
      version: KartleggVersion.current,
      subcommands: [
        SurveyCommand.self, LocalesCommand.self, IntakeCommand.self, ParticipantsCommand.self,
        Assess.self, GroupsCommand.self, SummaryCommand.self, DatabaseCommand.self, Demo.self,
        TerminalCheck.self,
      ]
    )
  }

  init(reading _: CommandLineReader) {}
}

extension Kartlegg {
  /// Runs the command the command line names; help and usage errors are written in the
  /// adviser's language (``HelpText``).
  static func main() {
    let program = CommandLineProgram(
      root: Kartlegg.self, output: StandardOutput.write,
      errors: { text in
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
          Diagnostics.write(String(line))
        }
      },
      language: HelpText.translation, width: TerminalWidth.current)
    exit(program.run(Array(CommandLine.arguments.dropFirst())))
  }
}
