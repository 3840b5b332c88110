import ArgumentParser
import KartleggApp
import KartleggReport

/// `kartlegg participants export ID`: everything stored about one person, as JSON.
struct ParticipantsExport: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "export",
      abstract: HelpText.text(
        "Print everything stored about one participant as JSON (for an access request)."),
      discussion: """
        The format is kartlegg.participant-export/1 (docs/storage.md). The export is audit-logged.

        Example:
          kartlegg participants export K7QM-3XPD > K7QM-3XPD.json
        """
    )
  }

  @Argument(help: ArgumentHelp("The participant's id.", valueName: "id"))
  var id: String

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    let store = try database.open(context: context)
    let export = try context.run {
      try ShowParticipant(context: context.app, store: store).export(id)
    }
    StandardOutput.line(try ParticipantExportJSON(export).encoded())
  }
}
