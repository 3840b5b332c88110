import KartleggApp
import KartleggCommandLine
import KartleggStore

/// `kartlegg groups move ID --to GROUP --cohort NAME`: edit the cohort's draft by hand.
struct GroupsMove: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "move",
      abstract: "Move a participant to another group of the cohort's draft.",
      discussion: """
        Refuses a move that would leave a group below the policy's minimum size or above its
        maximum, and says which (exit 65).

        Example:
          kartlegg groups move K7QM-3XPD --to G2 --cohort "Høst 2026"
        """
    )
  }

  let id: String
  let to: String
  let options: CohortOptions

  init(reading line: CommandLineReader) throws {
    id = try line.argument("id", help: "The participant's id.")
    to = try line.requiredOption("to", value: "group", help: "The group to move to.")
    options = try CohortOptions(reading: line)
  }

  func run() throws {
    let context = try CommandContext(resources: options.resources, interface: options.interface)
    let (store, cohort) = try options.open(context: context)
    let participant = PseudonymousID.normalised(id)
    try context.run {
      try MoveParticipant(context: context.app, store: store).run(
        participant, to: to, cohort: cohort)
    }
    StandardOutput.line(context.ui("groups.moved", participant, to))
  }
}
