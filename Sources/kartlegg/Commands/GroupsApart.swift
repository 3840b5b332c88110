import ArgumentParser
import KartleggApp
import KartleggStore

/// `kartlegg groups apart ID ID --cohort NAME`: two participants the next suggestion separates.
struct GroupsApart: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "apart",
      abstract: HelpText.text("Keep two participants in different groups in the next suggestion."),
      discussion: """
        --remove lets them share a group again.

        Example:
          kartlegg groups apart K7QM-3XPD M2RT-8QWE --cohort "Høst 2026"
        """
    )
  }

  @Argument(help: ArgumentHelp("The first participant's id.", valueName: "id"))
  var first: String

  @Argument(help: ArgumentHelp("The second participant's id.", valueName: "id"))
  var second: String

  @ArgumentParser.Flag(help: "No longer keep them apart.")
  var remove = false

  @OptionGroup var options: CohortOptions

  func run() throws {
    let context = try CommandContext(resources: options.resources, interface: options.interface)
    let store = try options.database.open(context: context)
    let pair = ApartParticipants(
      PseudonymousID.normalised(first), PseudonymousID.normalised(second))
    try context.run {
      try KeepApart(context: context.app, store: store).run(
        pair, isApart: !remove, cohort: options.cohort)
    }
    StandardOutput.line(
      context.ui(remove ? "groups.apart-removed" : "groups.apart", pair.first, pair.second))
  }
}
