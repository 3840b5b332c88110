import KartleggApp
import KartleggCommandLine

/// `kartlegg groups show --cohort NAME`: the cohort's accepted groups, else its draft.
struct GroupsShow: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "show",
      abstract: "Show a cohort's groups: the accepted plan, else the draft.",
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

  let options: CohortOptions
  let draft: Bool
  let format: CohortFormat

  init(reading line: CommandLineReader) throws {
    options = try CohortOptions(reading: line)
    draft = line.flag("draft", help: "Show the draft even when an accepted plan exists.")
    format = try line.choice(
      "format", help: "Output format: text or json.", default: CohortFormat.text)
  }

  func run() throws {
    let context = try CommandContext(resources: options.resources, interface: options.interface)
    let (store, cohort) = try options.open(context: context)
    let view = try context.run {
      try ShowGroups(context: context.app, store: store).run(cohort: cohort, draft: draft)
    }
    StandardOutput.line(
      try CohortGroupsPrinting.rendered(view, isJSON: format == .json, ui: context.ui))
  }
}

/// Output formats of the cohort commands.
enum CohortFormat: String, CaseIterable {
  case text
  case json
}
