import ArgumentParser
import Foundation
import KartleggApp
import KartleggCore
import KartleggReport
import KartleggTerminal

/// `kartlegg summary --cohort NAME`: the leader's cohort summary, small counts hidden.
struct SummaryCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "summary",
      abstract: HelpText.text(
        "Summarise a cohort for the leader: actions, levels, needs, interpreters, groups."),
      discussion: """
        --audience internal (the default) shows exact counts, for the programme's own planning;
        do not share it. --audience shared hides counts from 1 to --min-cell minus one and any
        count from which one could be worked out, and refuses a release that differs from an
        earlier shared one by fewer people than --min-cell (see docs/summary.md). Every run is
        audit-logged. An unknown cohort exits 66; --min-cell below 3, or with an internal
        summary, exits 64; a refused shared release exits 65.

        Examples:
          kartlegg summary --cohort "Høst 2026"
          kartlegg summary --cohort "Høst 2026" --audience shared --format html --output s.html
        """
    )
  }

  @Option(help: ArgumentHelp("The cohort to summarise.", valueName: "name"))
  var cohort: String

  @Option(help: "Output format.")
  var format: SummaryFormat = .text

  @Option(help: "Who the summary is for: internal (exact) or shared (small counts hidden).")
  var audience: SummaryAudience = .internal

  @Option(
    help: ArgumentHelp(
      "The smallest count shown in a shared summary (at least 3; default 5).", valueName: "count"))
  var minCell: Int?

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
        cohort: cohort, audience: audience, minimumCell: minCell, format: format.rawValue)
    }
    let isTerminal = output == nil && isatty(STDOUT_FILENO) != 0
    let text = format.render(
      made.summary, vocabulary: made.vocabulary, language: context.ui.language,
      width: output == nil ? TerminalWidth.current() : 100,
      color: isTerminal && ProcessEnvironment.value("NO_COLOR") == nil)
    guard let output else {
      StandardOutput.write(text)
      return
    }
    try context.run { try OwnerOnlyFile.write(Array(text.utf8), to: output) }
  }
}

extension SummaryFormat: ExpressibleByArgument {}
extension SummaryAudience: ExpressibleByArgument {}
