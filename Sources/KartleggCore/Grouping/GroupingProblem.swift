/// Why a request cannot be grouped: the numbers and the participants involved.
public struct GroupingProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public enum Reason: Hashable, Sendable {
    /// The minimum is below 1 or above the maximum.
    case invalidSizes(minimum: Int, maximum: Int)
    /// The target size lies outside the minimum and maximum.
    case invalidTarget(target: Int, minimum: Int, maximum: Int)
    /// A balance setting (a cap below 1 or a weight outside 0–1,000) is not valid.
    case invalidBalance(setting: String, value: Int)
    /// A key's weight is outside 0–1,000.
    case invalidWeight(key: String, weight: Int)
    /// A member has a different number of values than there are keys.
    case wrongValueCount(member: String, expected: Int, found: Int)
    /// No number of groups fits: fewer than `minimum` members, or no k with
    /// ⌈n/maximum⌉ ≤ k ≤ ⌊n/minimum⌋.
    case noGroupCount(members: Int, minimum: Int, maximum: Int)
    /// A pin or pair names a position outside the members.
    case unknownMember(position: Int)
    /// One member pinned to two groups.
    case conflictingPins(member: String, groups: [String])
    /// More members pinned to a group than it can hold.
    case overfullPin(group: String, pinned: Int, maximum: Int)
    /// More named groups than there can be groups.
    case tooManyPinnedGroups(groups: Int, maximumGroups: Int)
    /// A member asked to be apart from themself.
    case apartFromSelf(member: String)
    /// Two members who must be apart are pinned to the same group.
    case apartButPinnedTogether(first: String, second: String, group: String)
    /// No grouping within the sizes keeps these two apart (or these pins) — too many
    /// constraints for the groups there can be.
    case unsatisfiable(first: String, second: String?)
  }

  /// What is wrong.
  public var reason: Reason

  /// Creates a problem.
  ///
  /// - Parameter reason: What is wrong.
  public init(_ reason: Reason) {
    self.reason = reason
  }

  /// The message, in English, naming the numbers and participants involved.
  public var description: String {
    switch reason {
    case .invalidSizes(let minimum, let maximum):
      return "group sizes \(minimum) to \(maximum) are not valid (the minimum must be at least 1 "
        + "and at most the maximum)"
    case .invalidTarget(let target, let minimum, let maximum):
      return "target group size \(target) is outside the sizes \(minimum) to \(maximum)"
    case .invalidBalance(let setting, let value):
      return "\(setting) \(value) is not valid (caps must be at least 1, weights 0 to 1000)"
    case .invalidWeight(let key, let weight):
      return "weight \(weight) of key '\(key)' is outside 0 to 1000"
    case .wrongValueCount(let member, let expected, let found):
      return "participant '\(member)' has \(found) values, expected \(expected)"
    case .noGroupCount(let members, let minimum, let maximum):
      return noGroupCountMessage(members: members, minimum: minimum, maximum: maximum)
    case .unknownMember(let position):
      return "no participant at position \(position)"
    case .conflictingPins(let member, let groups):
      return "participant '\(member)' is pinned to several groups: "
        + groups.map { "'\($0)'" }.joined(separator: ", ")
    case .overfullPin(let group, let pinned, let maximum):
      return "\(pinned) participants are pinned to group '\(group)', more than the maximum "
        + "group size \(maximum)"
    case .tooManyPinnedGroups(let groups, let maximumGroups):
      return "participants are pinned to \(groups) groups, but there can be at most "
        + "\(maximumGroups) groups"
    case .apartFromSelf(let member):
      return "participant '\(member)' cannot be kept apart from themself"
    case .apartButPinnedTogether(let first, let second, let group):
      return "participants '\(first)' and '\(second)' must be apart but are both pinned to "
        + "group '\(group)'"
    case .unsatisfiable(let first, let second?):
      return "no grouping within the sizes keeps '\(first)' and '\(second)' apart together with "
        + "the other constraints"
    case .unsatisfiable(let first, nil):
      return "no grouping within the sizes puts '\(first)' in its pinned group together with "
        + "the other constraints"
    }
  }

  private func noGroupCountMessage(members: Int, minimum: Int, maximum: Int) -> String {
    if members < minimum {
      let count = members == 1 ? "1 participant is" : "\(members) participants are"
      return "\(count) fewer than the smallest group size \(minimum)"
    }
    let most = members / minimum
    let holds = most == 1 ? "1 group holds" : "\(most) groups hold"
    return "\(members) participants cannot be split into groups of \(minimum) to \(maximum): "
      + "\(holds) at most \(most * maximum) and \(most + 1) groups need at least "
      + "\((most + 1) * minimum)"
  }
}
