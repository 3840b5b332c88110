import KartleggApp
import KartleggCommandLine
import KartleggStore

/// `kartlegg groups pin ID --to GROUP --cohort NAME`: a group the next suggestion must keep.
struct GroupsPin: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "pin",
      abstract: "Pin a participant to a named group for the next suggestion.",
      discussion: """
        The next 'groups suggest' puts the participant in a group with that name. Pinning again
        replaces the pin; --remove takes it away.

        Example:
          kartlegg groups pin K7QM-3XPD --to Morgen --cohort "Høst 2026"
        """
    )
  }

  let id: String
  let to: String?
  let remove: Bool
  let options: CohortOptions

  init(reading line: CommandLineReader) throws {
    id = try line.argument("id", help: "The participant's id.")
    to = line.option("to", value: "group", help: "The group's name.")
    remove = line.flag("remove", help: "Remove the participant's pin.")
    options = try CohortOptions(reading: line)
  }

  func validate() throws {
    guard (to == nil) == remove else { throw UsageError("give either --to GROUP or --remove") }
  }

  func run() throws {
    let context = try CommandContext(resources: options.resources, interface: options.interface)
    let (store, cohort) = try options.open(context: context)
    let participant = PseudonymousID.normalised(id)
    try context.run {
      try PinParticipant(context: context.app, store: store).run(
        participant, to: to, cohort: cohort)
    }
    StandardOutput.line(
      to.map { context.ui("groups.pinned", participant, $0) }
        ?? context.ui("groups.unpinned", participant))
  }
}
