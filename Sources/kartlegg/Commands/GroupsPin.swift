import ArgumentParser
import KartleggApp
import KartleggStore

/// `kartlegg groups pin ID --to GROUP --cohort NAME`: a group the next suggestion must keep.
struct GroupsPin: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "pin",
      abstract: HelpText.text("Pin a participant to a named group for the next suggestion."),
      discussion: """
        The next 'groups suggest' puts the participant in a group with that name. Pinning again
        replaces the pin; --remove takes it away.

        Example:
          kartlegg groups pin K7QM-3XPD --to Morgen --cohort "Høst 2026"
        """
    )
  }

  @Argument(help: ArgumentHelp("The participant's id.", valueName: "id"))
  var id: String

  @Option(help: ArgumentHelp("The group's name.", valueName: "group"))
  var to: String?

  @ArgumentParser.Flag(help: "Remove the participant's pin.")
  var remove = false

  @OptionGroup var options: CohortOptions

  func validate() throws {
    guard (to == nil) == remove else { throw ValidationError("give either --to GROUP or --remove") }
  }

  func run() throws {
    let context = try CommandContext(resources: options.resources, interface: options.interface)
    let store = try options.database.open(context: context)
    let participant = PseudonymousID.normalised(id)
    try context.run {
      try PinParticipant(context: context.app, store: store).run(
        participant, to: to, cohort: options.cohort)
    }
    StandardOutput.line(
      to.map { context.ui("groups.pinned", participant, $0) }
        ?? context.ui("groups.unpinned", participant))
  }
}
