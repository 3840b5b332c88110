import ArgumentParser
import KartleggApp
import KartleggStore

/// `kartlegg participants edit ID`: correct a registration.
struct ParticipantsEdit: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "edit",
      abstract: HelpText.text(
        "Correct a participant's name, contact, cohort or programme (audit-logged)."),
      discussion: """
        Only the options given change. An empty --contact or --programme removes it. A cohort's
        name matches an existing cohort without regard to case and spacing. The audit log records
        which fields changed, never their values.

        Example:
          kartlegg participants edit K7QM-3XPD --cohort "Vår 2027"
        """
    )
  }

  @Argument(help: ArgumentHelp("The participant's id.", valueName: "id"))
  var id: String

  @Option(help: ArgumentHelp("The name or case reference.", valueName: "text"))
  var name: String?

  @Option(help: ArgumentHelp("Phone or e-mail; empty removes it.", valueName: "text"))
  var contact: String?

  @Option(help: ArgumentHelp("The cohort's name.", valueName: "name"))
  var cohort: String?

  @Option(help: ArgumentHelp("The programme's value; empty removes it.", valueName: "value"))
  var programme: String?

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    let store = try database.open(context: context)
    let participant = PseudonymousID.normalised(id)
    let change = RegistrationChange(
      name: name, contact: contact, cohort: cohort, programme: programme)
    _ = try context.run {
      try EditParticipant(context: context.app, store: store).run(participant, change)
    }
    StandardOutput.line(
      context.ui("participants.edited", participant, change.fieldNames.joined(separator: ", ")))
  }
}
