import KartleggApp
import KartleggCommandLine
import KartleggReport

/// `kartlegg groups suggest --roster FILE`: the best grouping of a roster; with `--cohort NAME`,
/// of a stored cohort under a survey policy, stored as its draft.
struct GroupsSuggest: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "suggest",
      abstract:
        "Suggest groups for a stored cohort, or by industry, goal and level for a roster file.",
      discussion: """
        With --cohort, the cohort's participants that have a result and for whom the survey's
        grouping condition holds (informed about storage) are grouped under the survey's
        grouping policy (--policy, default the first), honouring the pins and apart pairs stored
        with 'groups pin' and 'groups apart'; --min, --max and --target override the policy's
        sizes, and the output says so. The plan is stored as the cohort's draft and printed with
        each group's profile, group channels, interpreter bookings and the quality in words.
        Everyone not grouped is listed with why.

        The roster is a CSV file with the header id,level,goal,industry (level 1, 2 or 3). Groups
        share industry first (weight 4), then goal (2), then level (1); every group has between
        --min and --max members. The quality S is the weighted share of participants who have
        their group's majority value (1 = every group uniform). See docs/grouping.md.

        A bad row gets FILE:LINE: error: and exit 65, as do sizes no grouping can meet.
        --format csv prints id,group lines, as the grouping benchmark reads them.

        Examples:
          kartlegg groups suggest --cohort "Høst 2026"
          kartlegg groups suggest --roster cohort.csv --min 6 --max 10
        """
    )
  }

  /// Output formats.
  enum Format: String, CaseIterable {
    case text
    case csv
    case json
  }

  let roster: String?
  let cohort: String?
  let policy: String?
  let database: DatabaseOptions
  let resources: ResourceOptions
  let interface: InterfaceOptions
  let minimum: Int?
  let maximum: Int?
  let target: Int?
  let format: Format

  init(reading line: CommandLineReader) throws {
    roster = line.option("roster", value: "file", help: "The roster (CSV: id,level,goal,industry).")
    cohort = line.option(
      "cohort", value: "name", help: "A stored cohort's name (instead of --roster).")
    policy = line.option("policy", value: "id", help: "The survey's grouping policy for --cohort.")
    database = DatabaseOptions(reading: line)
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
    minimum = try line.number(
      "min", value: "size", help: "The smallest group (default: the policy's; a roster's 6).")
    maximum = try line.number(
      "max", value: "size", help: "The largest group (default: the policy's; a roster's 10).")
    target = try line.number(
      "target", value: "size",
      help: "With --cohort: the group size to aim for (default: the policy's).")
    format = try line.choice(
      "format", help: "Output format: text, csv or json.", default: Format.text)
  }

  func validate() throws {
    guard (roster == nil) != (cohort == nil) else {
      throw UsageError("give either --roster FILE or --cohort NAME")
    }
    guard cohort == nil || format != .csv else {
      throw UsageError("--format csv goes with --roster")
    }
    guard cohort != nil || target == nil else {
      throw UsageError("--target goes with --cohort")
    }
    for (name, value) in [("--min", minimum), ("--max", maximum), ("--target", target)] {
      if let value, value < 1 { throw UsageError("\(name) must be at least 1, not \(value)") }
    }
    if let minimum, let maximum, minimum > maximum {
      throw UsageError("--min \(minimum) is larger than --max \(maximum)")
    }
  }

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    guard let roster else {
      let store = try database.open(context: context)
      let stored = try context.storedCohort(cohort ?? "", in: store)
      let view = try context.run {
        try SuggestGroups(context: context.app, store: store).run(
          cohort: stored, policy: policy,
          sizes: SizeOverrides(minimum: minimum, maximum: maximum, target: target))
      }
      StandardOutput.line(
        try CohortGroupsPrinting.rendered(view, isJSON: format == .json, ui: context.ui))
      return
    }
    let sizes = (minimum ?? 6)...(maximum ?? 10)
    let grouped = try context.run {
      try GroupRoster(context: context.app).run(roster, sizes: sizes)
    }
    let (plan, ids) = (grouped.plan, grouped.ids)
    switch format {
    case .csv: StandardOutput.write(RosterGroupsOutput.csv(plan, ids: ids))
    case .json: StandardOutput.line(try RosterGroupsOutput.json(plan, ids: ids, sizes: sizes))
    case .text: StandardOutput.write(RosterGroupsOutput.text(plan, ids: ids, sizes: sizes))
    }
  }
}
