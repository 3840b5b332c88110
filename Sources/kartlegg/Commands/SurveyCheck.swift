import ArgumentParser
import KartleggTerminal
import KartleggXML

/// `kartlegg survey check FILE...`: validate survey definitions.
struct SurveyCheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate survey definitions against the schema and kartlegg's rules.",
    discussion: """
      Prints every problem as FILE:LINE:COL: error: MESSAGE and exits 65 when any file has one,
      66 when a file is missing or unreadable, 0 when all are valid.

      Example:
        kartlegg survey check surveys/*.xml
      """
  )

  @Argument(help: ArgumentHelp("Survey files to check.", valueName: "file"))
  var files: [String]

  @OptionGroup var resources: ResourceOptions

  func run() throws {
    let loader = try SurveyFiles(resources: resources).loader()
    var missing = false
    var invalid = false
    for file in files {
      guard let bytes = InputFile.bytes(file) else {
        missing = true
        continue
      }
      let problems = loader.problems(in: bytes, file: file)
      Diagnostics.report(problems)
      invalid = invalid || !problems.isEmpty
    }
    if missing { throw ExitStatus.noInput }
    if invalid { throw ExitStatus.dataError }
    print(files.count == 1 ? "\(TerminalText.safe(files[0])): ok" : "\(files.count) surveys: ok")
  }
}
