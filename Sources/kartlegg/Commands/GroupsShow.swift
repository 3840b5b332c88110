import ArgumentParser
import KartleggApp

/// `kartlegg groups show --cohort NAME`: the cohort's accepted groups, else its draft.
struct GroupsShow: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "show",
      abstract: HelpText.text("Show a cohort's groups: the accepted plan, else the draft."),
      discussion: """
        Each group is described again from the participants' current results: its reason, level
        range, group channel, interpreter needs and members (pseudonymous ids only), then the
        quality figures. --draft shows the draft even when an accepted plan exists. --format json
        prints kartlegg.cohort-groups/1 (docs/grouping.md).

        Example:
          kartlegg groups show --cohort "Høst 2026"
        """
    )
  }

  @OptionGroup var options: CohortOptions

  @ArgumentParser.Flag(help: "Show the draft even when an accepted plan exists.")
  var draft = false

  @Option(help: "Output format: text or json.")
  var format = CohortFormat.text

  func run() throws {
    let context = try CommandContext(resources: options.resources, interface: options.interface)
    let store = try options.database.open(context: context)
    let view = try context.run {
      try ShowGroups(context: context.app, store: store).run(cohort: options.cohort, draft: draft)
    }
    StandardOutput.line(
      try CohortGroupsPrinting.rendered(view, isJSON: format == .json, ui: context.ui))
  }
}

/// Output formats of the cohort commands.
enum CohortFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
}
