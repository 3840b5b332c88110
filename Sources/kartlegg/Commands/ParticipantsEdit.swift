import KartleggApp
import KartleggCommandLine
import KartleggStore

/// `kartlegg participants edit ID`: correct a registration.
struct ParticipantsEdit: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "edit",
      abstract: "Correct a participant's name, contact, cohort or programme (audit-logged).",
      discussion: """
        Only the options given change. An empty --contact or --programme removes it. A cohort's
        name matches an existing cohort without regard to case and spacing. The audit log records
        which fields changed, never their values.

        Example:
          kartlegg participants edit K7QM-3XPD --cohort "Vår 2027"
        """
    )
  }

  let id: String
  let name: String?
  let contact: String?
  let cohort: String?
  let programme: String?
  let database: DatabaseOptions
  let resources: ResourceOptions
  let interface: InterfaceOptions

  init(reading line: CommandLineReader) throws {
    id = try line.argument("id", help: "The participant's id.")
    name = line.option("name", value: "text", help: "The name or case reference.")
    contact = line.option("contact", value: "text", help: "Phone or e-mail; empty removes it.")
    cohort = line.option("cohort", value: "name", help: "The cohort's name.")
    programme = line.option(
      "programme", value: "value", help: "The programme's value; empty removes it.")
    database = DatabaseOptions(reading: line)
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
  }

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
