import ArgumentParser
import KartleggStore
import KartleggTerminal

/// `kartlegg participants list`: ids, cohorts, status and level; names only with `--names`.
struct ParticipantsList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List participants: id, cohort, intake status, level (names only with --names).",
    discussion: """
      Example:
        kartlegg participants list --cohort "Høst 2026"
      """
  )

  @Option(help: ArgumentHelp("Only this cohort.", valueName: "name"))
  var cohort: String?

  @ArgumentParser.Flag(help: "Show names too (the access is audit-logged).")
  var names = false

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

  func run() throws {
    let files = try SurveyFiles(resources: resources)
    let ui = try interface.text(root: files.root)
    let levelLabel = try LevelLabels(files: files, ui: ui)
    let store = try database.open()
    do {
      let participants = try store.participants(cohort: cohort, includeNames: names)
      if names { try store.noteNamesListed(cohort: cohort, actor: Adviser.current) }
      guard !participants.isEmpty else {
        print(ui("participants.none"))
        return
      }
      var table = TextTable(
        header: [
          ui("participants.id"), ui("participants.cohort"), ui("participants.status"),
          ui("participants.level"),
        ] + (names ? [ui("participants.name")] : []))
      for participant in participants {
        table.rows.append(
          [
            participant.id.rawValue, participant.cohort,
            participant.status.map { ui("participants.status.\($0.rawValue)") } ?? "–",
            participant.level.map(levelLabel.callAsFunction) ?? "–",
          ] + (names ? [participant.name ?? ""] : []))
      }
      print(table.rendered(indent: ""))
    } catch {
      throw StoreFailure.exit(for: error)
    }
  }
}
