import ArgumentParser
import KartleggApp
import KartleggTerminal

/// `kartlegg survey check FILE...`: validate survey definitions.
struct SurveyCheck: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "check",
      abstract: HelpText.text(
        "Validate survey definitions against the schema and kartlegg's rules."),
      discussion: """
        Prints every problem as FILE:LINE:COL: error: MESSAGE and exits 65 when any file has one,
        66 when a file is missing or unreadable, 0 when all are valid.

        Example:
          kartlegg survey check surveys/*.xml
        """
    )
  }

  @Argument(help: ArgumentHelp("Survey files to check.", valueName: "file"))
  var files: [String]

  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    try context.run { try CheckSurveys(context: context.app).run(files) }
    StandardOutput.line(
      files.count == 1 ? "\(TerminalText.safe(files[0])): ok" : "\(files.count) surveys: ok")
  }
}
