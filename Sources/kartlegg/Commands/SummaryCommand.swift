import Foundation
import KartleggApp
import KartleggCommandLine
import KartleggCore
import KartleggReport
import KartleggTerminal

/// `kartlegg summary --cohort NAME`: the leader's cohort summary, small counts hidden.
struct SummaryCommand: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "summary",
      abstract: "Summarise a cohort for the leader: actions, levels, needs, interpreters, groups.",
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

  let cohort: String
  let format: SummaryFormat
  let audience: SummaryAudience
  let minCell: Int?
  let output: String?
  let database: DatabaseOptions
  let resources: ResourceOptions
  let interface: InterfaceOptions

  init(reading line: CommandLineReader) throws {
    cohort = try line.requiredOption("cohort", value: "name", help: "The cohort to summarise.")
    format = try line.choice("format", help: "Output format.", default: SummaryFormat.text)
    audience = try line.choice(
      "audience", help: "Who the summary is for: internal (exact) or shared (small counts hidden).",
      default: SummaryAudience.internal)
    minCell = try line.number(
      "min-cell", value: "count",
      help: "The smallest count shown in a shared summary (at least 3; default 5).")
    output = line.option(
      "output", value: "file", help: "Write to this file (mode 0600) instead of standard output.")
    database = DatabaseOptions(reading: line)
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
  }

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    let store = try database.open(context: context)
    let stored = try context.storedCohort(cohort, in: store)
    let made = try context.run {
      try SummarizeCohort(context: context.app, store: store).run(
        cohort: stored, audience: audience, minimumCell: minCell, format: format.rawValue)
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
