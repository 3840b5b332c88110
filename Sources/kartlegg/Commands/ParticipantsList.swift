import ArgumentParser
import KartleggApp
import KartleggReport

/// `kartlegg participants list`: ids, cohorts, status and level; names only with `--names`.
struct ParticipantsList: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "list",
      abstract: HelpText.text(
        "List participants: id, cohort, intake status, level (names only with --names)."),
      discussion: """
        Example:
          kartlegg participants list --cohort "Høst 2026"
          kartlegg participants list --cohort "Høst 2026" --flag no-pc-or-tablet
        """
    )
  }

  @Option(help: ArgumentHelp("Only this cohort.", valueName: "name"))
  var cohort: String?

  @ArgumentParser.Flag(help: "Show names too (the access is audit-logged).")
  var names = false

  @Option(
    help: ArgumentHelp(
      "Only participants with this flag of the survey (no-pc-or-tablet: who needs a PC).",
      valueName: "flag"))
  var flag: String?

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    let store = try database.open(context: context)
    let rows = try context.run {
      try ListParticipants(context: context.app, store: store).run(
        cohort: cohort, names: names, flag: flag)
    }
    guard !rows.isEmpty else {
      StandardOutput.line(context.ui("participants.none"))
      return
    }
    StandardOutput.line(ParticipantsTable(ui: context.ui, names: names).rendered(rows))
  }
}
