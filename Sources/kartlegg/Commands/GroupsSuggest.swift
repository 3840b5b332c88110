import ArgumentParser
import Foundation
import KartleggCore
import KartleggTerminal

/// `kartlegg groups suggest --roster FILE`: the best grouping of a roster; with `--cohort NAME`,
/// of a stored cohort under a survey policy, stored as its draft.
struct GroupsSuggest: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suggest",
    abstract:
      "Suggest groups for a stored cohort, or by industry, goal and level for a roster file.",
    discussion: """
      With --cohort, the cohort's participants that have a result are grouped under the
      survey's grouping policy (--policy, default the first), honouring the pins and apart
      pairs stored with 'groups pin' and 'groups apart'; the plan is stored as the cohort's
      draft and printed with each group's profile, group channel, interpreter needs and
      reason. Participants without a result are listed, not placed.

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

  /// Output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text
    case csv
    case json
  }

  @Option(help: ArgumentHelp("The roster (CSV: id,level,goal,industry).", valueName: "file"))
  var roster: String?

  @Option(help: ArgumentHelp("A stored cohort's name (instead of --roster).", valueName: "name"))
  var cohort: String?

  @Option(help: ArgumentHelp("The survey's grouping policy for --cohort.", valueName: "id"))
  var policy: String?

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

  @Option(name: .customLong("min"), help: "The smallest group.")
  var minimum = 6

  @Option(name: .customLong("max"), help: "The largest group.")
  var maximum = 10

  @Option(help: "Output format: text, csv or json.")
  var format = Format.text

  func validate() throws {
    guard (roster == nil) != (cohort == nil) else {
      throw ValidationError("give either --roster FILE or --cohort NAME")
    }
    guard cohort == nil || format != .csv else {
      throw ValidationError("--format csv goes with --roster")
    }
    guard minimum >= 1 else { throw ValidationError("--min must be at least 1, not \(minimum)") }
    guard minimum <= maximum else {
      throw ValidationError("--min \(minimum) is larger than --max \(maximum)")
    }
  }

  func run() throws {
    guard let roster else { return try suggest(cohort: cohort ?? "") }
    guard let bytes = InputFile.bytes(roster) else { throw ExitStatus.noInput }
    let file = TerminalText.safe(roster)
    guard bytes.count <= InputFile.readLimit else {
      Diagnostics.error("\(file): error: the file is larger than 8 MiB")
      throw ExitStatus.dataError
    }
    let rows: [Roster.Row]
    do {
      rows = try Roster.read(bytes).rows
    } catch {
      for problem in error.all {
        Diagnostics.error("\(file):\(problem.line): error: \(problem.message)")
      }
      throw ExitStatus.dataError
    }
    let request = GroupingRequest(
      keys: [
        .init(name: "industry", weight: 4), .init(name: "goal", weight: 2),
        .init(name: "level", weight: 1),
      ],
      members: rows.map { .init(id: $0.id, values: [$0.industry, $0.goal, $0.level]) },
      minimumSize: minimum, maximumSize: maximum)
    let plan: GroupPlan
    do {
      plan = try GroupPlanner.plan(for: request)
    } catch {
      Diagnostics.error("\(file): error: \(error.description)")
      throw ExitStatus.dataError
    }
    let ids = rows.map(\.id)
    switch format {
    case .csv: print(GroupsOutput.csv(plan, ids: ids), terminator: "")
    case .json: print(try GroupsOutput.json(plan, ids: ids, sizes: minimum...maximum))
    case .text: print(GroupsOutput.text(plan, ids: ids, sizes: minimum...maximum), terminator: "")
    }
  }

  private func suggest(cohort: String) throws {
    let ui = try interface.text(root: try resources.root())
    let store = try database.open()
    do {
      try CohortGroupsSession(
        cohort: cohort, store: store, files: try SurveyFiles(resources: resources), ui: ui,
        isJSON: format == .json
      ).suggest(policy: policy)
    } catch {
      throw GroupsFailure.exit(for: error, ui: ui)
    }
  }
}
