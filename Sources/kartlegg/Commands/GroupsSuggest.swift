import ArgumentParser
import Foundation
import KartleggCore
import KartleggTerminal

/// `kartlegg groups suggest --roster FILE`: the best grouping of a roster.
struct GroupsSuggest: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suggest",
    abstract: "Suggest groups by industry, goal and level for a roster file.",
    discussion: """
      The roster is a CSV file with the header id,level,goal,industry (level 1, 2 or 3). Groups
      share industry first (weight 4), then goal (2), then level (1); every group has between
      --min and --max members. The quality S is the weighted share of participants who have
      their group's majority value (1 = every group uniform). See docs/grouping.md.

      A bad row gets FILE:LINE: error: and exit 65, as do sizes no grouping can meet.
      --format csv prints id,group lines, as the grouping benchmark reads them.

      Example:
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
  var roster: String

  @Option(name: .customLong("min"), help: "The smallest group.")
  var minimum = 6

  @Option(name: .customLong("max"), help: "The largest group.")
  var maximum = 10

  @Option(help: "Output format: text, csv or json.")
  var format = Format.text

  func validate() throws {
    guard minimum >= 1 else { throw ValidationError("--min must be at least 1, not \(minimum)") }
    guard minimum <= maximum else {
      throw ValidationError("--min \(minimum) is larger than --max \(maximum)")
    }
  }

  func run() throws {
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
}
