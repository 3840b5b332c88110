import KartleggApp
import KartleggCommandLine
import KartleggReport

/// `kartlegg participants export ID`: everything stored about one person, as JSON.
struct ParticipantsExport: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "export",
      abstract: "Print everything stored about one participant as JSON (for an access request).",
      discussion: """
        The format is kartlegg.participant-export/1 (docs/storage.md). The export is audit-logged.

        Example:
          kartlegg participants export K7QM-3XPD > K7QM-3XPD.json
        """
    )
  }

  let id: String
  let database: DatabaseOptions
  let resources: ResourceOptions
  let interface: InterfaceOptions

  init(reading line: CommandLineReader) throws {
    id = try line.argument("id", help: "The participant's id.")
    database = DatabaseOptions(reading: line)
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
  }

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    let store = try database.open(context: context)
    let export = try context.run {
      try ShowParticipant(context: context.app, store: store).export(id)
    }
    StandardOutput.line(try ParticipantExportJSON(export).encoded())
  }
}
