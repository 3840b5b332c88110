import KartleggApp
import KartleggCommandLine
import KartleggStore

/// `kartlegg groups apart ID ID --cohort NAME`: two participants the next suggestion separates.
struct GroupsApart: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "apart",
      abstract: "Keep two participants in different groups in the next suggestion.",
      discussion: """
        --remove lets them share a group again.

        Example:
          kartlegg groups apart K7QM-3XPD M2RT-8QWE --cohort "Høst 2026"
        """
    )
  }

  let first: String
  let second: String
  let remove: Bool
  let options: CohortOptions

  init(reading line: CommandLineReader) throws {
    first = try line.argument("id", help: "The first participant's id.")
    second = try line.argument("id", help: "The second participant's id.")
    remove = line.flag("remove", help: "No longer keep them apart.")
    options = try CohortOptions(reading: line)
  }

  func run() throws {
    let context = try CommandContext(resources: options.resources, interface: options.interface)
    let (store, cohort) = try options.open(context: context)
    let pair = ApartParticipants(
      PseudonymousID.normalised(first), PseudonymousID.normalised(second))
    try context.run {
      try KeepApart(context: context.app, store: store).run(
        pair, isApart: !remove, cohort: cohort)
    }
    StandardOutput.line(
      context.ui(remove ? "groups.apart-removed" : "groups.apart", pair.first, pair.second))
  }
}
