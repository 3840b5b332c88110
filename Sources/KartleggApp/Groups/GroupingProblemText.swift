import KartleggCore
import KartleggReport

/// Why the planner cannot group a cohort, in the adviser's language. Problems only a broken
/// survey or a bug can cause keep the planner's English text.
enum GroupingProblemText {
  /// The problem as the adviser reads it.
  ///
  /// - Parameters:
  ///   - problem: The planner's problem.
  ///   - ui: The adviser's interface.
  /// - Returns: The text.
  static func text(_ problem: GroupingProblem, ui: InterfaceText) -> String {
    switch problem.reason {
    case .noGroupCount(let members, let minimum, let maximum):
      if members < minimum { return ui("grouping.too-few", members, minimum) }
      let most = members / minimum
      return ui(
        most == 1 ? "grouping.cannot-split-one" : "grouping.cannot-split", members, minimum,
        maximum, most, most * maximum, most + 1,
        (most + 1) * minimum)
    case .invalidSizes(let minimum, let maximum):
      return ui("grouping.invalid-sizes", minimum, maximum)
    case .invalidTarget(let target, let minimum, let maximum):
      return ui("grouping.invalid-target", target, minimum, maximum)
    case .conflictingPins(let member, let groups):
      return ui("grouping.conflicting-pins", member, groups.joined(separator: ", "))
    case .overfullPin(let group, let pinned, let maximum):
      return ui("grouping.overfull-pin", pinned, group, maximum)
    case .tooManyPinnedGroups(let groups, let maximumGroups):
      return ui("grouping.too-many-pinned-groups", groups, maximumGroups)
    case .apartButPinnedTogether(let first, let second, let group):
      return ui("grouping.apart-but-pinned", first, second, group)
    case .unsatisfiable(let first, let second?):
      return ui("grouping.unsatisfiable-apart", first, second)
    case .unsatisfiable(let first, nil):
      return ui("grouping.unsatisfiable-pin", first)
    default:
      return problem.description
    }
  }
}
