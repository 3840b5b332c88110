import KartleggApp
import KartleggCommandLine
import KartleggStore

/// `kartlegg groups swap ID ID --cohort NAME`: two participants change groups in the draft.
struct GroupsSwap: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "swap",
      abstract: "Swap two participants between their groups in the cohort's draft.",
      discussion: """
        Both groups keep their sizes, so a swap is allowed even when every group is at the
        smallest or largest size. Refused (exit 65) when the two are in the same group or one is
        not placed.

        Example:
          kartlegg groups swap K7QM-3XPD 9F2A-TT4C --cohort "Høst 2026"
        """
    )
  }

  let first: String
  let second: String
  let options: CohortOptions

  init(reading line: CommandLineReader) throws {
    first = try line.argument("id", help: "The first participant's id.")
    second = try line.argument("id", help: "The second participant's id.")
    options = try CohortOptions(reading: line)
  }

  func run() throws {
    let context = try CommandContext(resources: options.resources, interface: options.interface)
    let (store, cohort) = try options.open(context: context)
    let (one, other) = (PseudonymousID.normalised(first), PseudonymousID.normalised(second))
    try context.run {
      try SwapParticipants(context: context.app, store: store).run(
        one, other, cohort: cohort)
    }
    StandardOutput.line(context.ui("groups.swapped", one, other))
  }
}
