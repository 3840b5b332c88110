import KartleggApp
import KartleggCommandLine

/// `kartlegg groups accept --cohort NAME`: the draft becomes the cohort's groups.
struct GroupsAccept: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "accept",
      abstract: "Accept the cohort's draft groups.",
      discussion: """
        The draft replaces any earlier accepted plan; the audit log records who accepted it.

        Example:
          kartlegg groups accept --cohort "Høst 2026"
        """
    )
  }

  let options: CohortOptions

  init(reading line: CommandLineReader) throws {
    options = try CohortOptions(reading: line)
  }

  func run() throws {
    let context = try CommandContext(resources: options.resources, interface: options.interface)
    let (store, cohort) = try options.open(context: context)
    let groups = try context.run {
      try AcceptGroups(context: context.app, store: store).run(cohort: cohort)
    }
    StandardOutput.line(context.ui("groups.accepted", cohort, groups))
  }
}
