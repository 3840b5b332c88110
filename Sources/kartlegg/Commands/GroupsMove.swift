import ArgumentParser
import KartleggApp
import KartleggStore

/// `kartlegg groups move ID --to GROUP --cohort NAME`: edit the cohort's draft by hand.
struct GroupsMove: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "move",
      abstract: HelpText.text("Move a participant to another group of the cohort's draft."),
      discussion: """
        Refuses a move that would leave a group below the policy's minimum size or above its
        maximum, and says which (exit 65).

        Example:
          kartlegg groups move K7QM-3XPD --to G2 --cohort "Høst 2026"
        """
    )
  }

  @Argument(help: ArgumentHelp("The participant's id.", valueName: "id"))
  var id: String

  @Option(help: ArgumentHelp("The group to move to.", valueName: "group"))
  var to: String

  @OptionGroup var options: CohortOptions

  func run() throws {
    let context = try CommandContext(resources: options.resources, interface: options.interface)
    let store = try options.database.open(context: context)
    let participant = PseudonymousID.normalised(id)
    try context.run {
      try MoveParticipant(context: context.app, store: store).run(
        participant, to: to, cohort: options.cohort)
    }
    StandardOutput.line(context.ui("groups.moved", participant, to))
  }
}
