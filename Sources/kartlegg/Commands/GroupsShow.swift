import ArgumentParser

/// `kartlegg groups show --cohort NAME`: the cohort's accepted groups, else its draft.
struct GroupsShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
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

  @OptionGroup var options: CohortOptions

  @ArgumentParser.Flag(help: "Show the draft even when an accepted plan exists.")
  var draft = false

  @Option(help: "Output format: text or json.")
  var format = CohortFormat.text

  func run() throws {
    let (ui, store) = try options.open()
    do {
      try CohortGroupsSession(
        cohort: options.cohort, store: store, files: try SurveyFiles(resources: options.resources),
        ui: ui, isJSON: format == .json
      ).show(draft: draft)
    } catch {
      throw GroupsFailure.exit(for: error, ui: ui)
    }
  }
}

/// Output formats of the cohort commands.
enum CohortFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
}
