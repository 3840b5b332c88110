import KartleggApp
import KartleggCommandLine
import KartleggTerminal

/// `kartlegg survey check FILE...`: validate survey definitions.
struct SurveyCheck: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "check",
      abstract: "Validate survey definitions against the schema and kartlegg's rules.",
      discussion: """
        Prints every problem as FILE:LINE:COL: error: MESSAGE and exits 65 when any file has one,
        66 when a file is missing or unreadable, 0 when all are valid.

        Example:
          kartlegg survey check surveys/*.xml
        """
    )
  }

  let files: [String]
  let resources: ResourceOptions
  let interface: InterfaceOptions

  init(reading line: CommandLineReader) throws {
    files = try line.arguments("file", help: "Survey files to check.")
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
  }

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    try context.run { try CheckSurveys(context: context.app).run(files) }
    StandardOutput.line(
      files.count == 1 ? "\(TerminalText.safe(files[0])): ok" : "\(files.count) surveys: ok")
  }
}
