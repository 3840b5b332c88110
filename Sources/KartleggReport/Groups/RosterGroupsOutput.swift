import Foundation
import KartleggCore
import KartleggTerminal

/// The forms `groups suggest` prints a plan in.
public enum RosterGroupsOutput {
  /// `id,group` with a header, one line per participant in roster order.
  ///
  /// - Parameters:
  ///   - plan: The plan.
  ///   - ids: The roster's ids, in order.
  /// - Returns: The CSV text.
  public static func csv(_ plan: GroupPlan, ids: [String]) -> String {
    var groupOf = Array(repeating: "", count: ids.count)
    for group in plan.groups {
      for member in group.members { groupOf[member] = group.name }
    }
    return CSVWriter.document(
      header: ["id", "group"], rows: zip(ids, groupOf).map { [$0, $1] }, lineEnd: "\n")
  }

  /// Groups with sizes, majorities and reasons, then the quality figures.
  ///
  /// - Parameters:
  ///   - plan: The plan.
  ///   - ids: The roster's ids, in order.
  ///   - sizes: The group sizes allowed.
  /// - Returns: The text.
  public static func text(_ plan: GroupPlan, ids: [String], sizes: ClosedRange<Int>) -> String {
    var lines = [
      "\(plan.groups.count) groups of \(sizes.lowerBound) to \(sizes.upperBound) for "
        + "\(plan.memberCount) participants", "",
    ]
    for group in plan.groups {
      lines.append("\(group.name) (\(group.members.count)): \(group.reason)")
      lines.append("  " + group.members.map { ids[$0] }.joined(separator: " "))
    }
    lines.append("")
    let shares = plan.keyNames.indices.map {
      "\(plan.keyNames[$0]) \(decimal(plan.matchShare(key: $0)))"
    }
    let weighted = plan.weights.reduce(0, +) * plan.memberCount
    lines.append(
      "Quality: S \(decimal(plan.score)) (\(plan.weightedMatches) of \(weighted) weighted "
        + "matches); majority shares: " + shares.joined(separator: ", "))
    return TerminalText.safe(lines.joined(separator: "\n")) + "\n"
  }

  /// A number with four decimals.
  ///
  /// - Parameter value: The number.
  /// - Returns: Its text.
  public static func decimal(_ value: Double) -> String { String(format: "%.4f", value) }

  /// The stable JSON form, `kartlegg.groups/2`.
  ///
  /// - Parameters:
  ///   - plan: The plan.
  ///   - ids: The roster's ids, in order.
  ///   - sizes: The group sizes allowed.
  /// - Returns: The JSON text.
  /// - Throws: What the encoder throws.
  public static func json(_ plan: GroupPlan, ids: [String], sizes: ClosedRange<Int>) throws
    -> String
  {
    let document = PlanJSON(
      schema: "kartlegg.groups/2", minimumSize: sizes.lowerBound, maximumSize: sizes.upperBound,
      participants: plan.memberCount, score: rounded(plan.score),
      weightedMatches: plan.weightedMatches,
      keys: plan.keyNames.indices.map {
        PlanJSON.Key(
          name: plan.keyNames[$0], weight: plan.weights[$0], matches: plan.keyMatches[$0],
          share: rounded(plan.matchShare(key: $0)))
      },
      groups: plan.groups.map { group in
        PlanJSON.Group(
          name: group.name, members: group.members.map { ids[$0] },
          majority: group.agreements.map {
            PlanJSON.Agreement(key: $0.key, value: $0.value, matching: $0.matching)
          }, reason: group.reason)
      })
    return try StableJSON.encode(document)
  }

  /// A number rounded to four decimals, as the JSON forms write it.
  ///
  /// - Parameter value: The number.
  /// - Returns: The rounded number.
  public static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}

/// The JSON document of `groups suggest --roster --format json`.
public struct PlanJSON: Encodable {
  struct Key: Encodable {
    var name: String
    var weight: Int
    var matches: Int
    var share: Double
  }

  struct Agreement: Encodable {
    var key: String
    var value: String
    var matching: Int
  }

  struct Group: Encodable {
    var name: String
    var members: [String]
    var majority: [Agreement]
    var reason: String
  }

  var schema: String
  var minimumSize: Int
  var maximumSize: Int
  var participants: Int
  var score: Double
  var weightedMatches: Int
  var keys: [Key]
  var groups: [Group]
}
