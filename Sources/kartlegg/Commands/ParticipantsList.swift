import KartleggApp
import KartleggCommandLine
import KartleggReport

/// `kartlegg participants list`: ids, cohorts, status and level; names only with `--names`.
struct ParticipantsList: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "list",
      abstract: "List participants: id, cohort, intake status, level (names only with --names).",
      discussion: """
        Example:
          kartlegg participants list --cohort "Høst 2026"
          kartlegg participants list --cohort "Høst 2026" --flag no-pc-or-tablet
        """
    )
  }

  let cohort: String?
  let names: Bool
  let flag: String?
  let database: DatabaseOptions
  let resources: ResourceOptions
  let interface: InterfaceOptions

  init(reading line: CommandLineReader) throws {
    cohort = line.option("cohort", value: "name", help: "Only this cohort.")
    names = line.flag("names", help: "Show names too (the access is audit-logged).")
    flag = line.option(
      "flag", value: "id",
      help: "Only participants with this flag of the survey (no-pc-or-tablet: who needs a PC).")
    database = DatabaseOptions(reading: line)
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
  }

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    let store = try database.open(context: context)
    let stored = try cohort.map { try context.storedCohort($0, in: store) }
    let rows = try context.run {
      try ListParticipants(context: context.app, store: store).run(
        cohort: stored, names: names, flag: flag)
    }
    guard !rows.isEmpty else {
      StandardOutput.line(context.ui("participants.none"))
      return
    }
    StandardOutput.line(ParticipantsTable(ui: context.ui, names: names).rendered(rows))
  }
}
