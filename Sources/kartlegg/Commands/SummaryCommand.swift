import ArgumentParser
import Foundation
import KartleggApp
import KartleggCore
import KartleggReport
import KartleggTerminal

/// `kartlegg summary --cohort NAME`: the leader's cohort summary, small counts hidden.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: HelpText.text("Summarise a cohort for the leader: levels, needs, channels, interpreters."),
    discussion: """
      Counts from 1 to --min-cell minus one are hidden, and so is any count from which one
      could be worked out (see docs/summary.md). The tables follow the survey of the cohort's
      most recent intake, and its <summary> element. An unknown cohort exits 66; --min-cell
      below 3 exits 64.

      Example:
        kartlegg summary --cohort "Høst 2026" --format json --output summary.json
      """
  )

  @Option(help: ArgumentHelp("The cohort to summarise.", valueName: "name"))
  var cohort: String

  @Option(help: "Output format.")
  var format: SummaryFormat = .text

  @Option(help: ArgumentHelp("The smallest count shown (at least 3).", valueName: "count"))
  var minCell = 5

  @Option(help: ArgumentHelp("Write to this file (mode 0600) instead of standard output."))
  var output: String?

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    let store = try database.open(context: context)
    let made = try context.run {
      try SummarizeCohort(context: context.app, store: store).run(
        cohort: cohort, minimumCell: minCell)
    }
    let isTerminal = output == nil && isatty(STDOUT_FILENO) != 0
    let text = format.render(
      made.summary, vocabulary: made.vocabulary, language: context.ui.language,
      width: output == nil ? TerminalWidth.current() : 100,
      color: isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    guard let output else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    try context.run { try OwnerOnlyFile.write(Array(text.utf8), to: output) }
  }
}

extension SummaryFormat: ExpressibleByArgument {}
