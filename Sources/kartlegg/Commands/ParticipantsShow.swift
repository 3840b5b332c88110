import KartleggApp
import KartleggCommandLine
import KartleggReport

/// `kartlegg participants show ID`: one participant's registration, intakes and results.
struct ParticipantsShow: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "show",
      abstract: "Show one participant: registration, intakes, result and overrides.",
      discussion: """
        Example:
          kartlegg participants show K7QM-3XPD
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
    let shown = try context.run { try ShowParticipant(context: context.app, store: store).run(id) }
    StandardOutput.line(ParticipantText(ui: context.ui).rendered(shown.export, parts: shown.parts))
  }
}
