import ArgumentParser
import KartleggApp
import KartleggReport

/// `kartlegg participants show ID`: one participant's registration, intakes and results.
struct ParticipantsShow: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "show",
      abstract: HelpText.text("Show one participant: registration, intakes, result and overrides."),
      discussion: """
        Example:
          kartlegg participants show K7QM-3XPD
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
    let shown = try context.run { try ShowParticipant(context: context.app, store: store).run(id) }
    StandardOutput.line(ParticipantText(ui: context.ui).rendered(shown.export, parts: shown.parts))
  }
}
