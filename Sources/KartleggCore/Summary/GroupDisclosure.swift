/// What a summary may say about a cohort's groups without pointing at fewer people than the
/// disclosure threshold.
///
/// Group sizes are protected together as one partition of the cohort (``DisclosureControl``);
/// a group's shared value (an industry, a goal, a level) and an interpreter language are named
/// only when at least the threshold of its members share it, so no group line describes fewer
/// people than that.
public struct GroupDisclosure: Sendable {
  /// The threshold in force.
  public let control: DisclosureControl

  /// Creates the rule.
  ///
  /// - Parameter control: The threshold in force.
  public init(control: DisclosureControl) {
    self.control = control
  }

  /// Each group's size as it may be shown, in the plan's order.
  ///
  /// - Parameter plan: The plan.
  /// - Returns: The sizes, small ones (and any that would reveal them) hidden.
  public func sizes(of plan: CohortPlan) -> [CellCount] {
    let table = control.protect(
      CountedTable(
        id: "groups", title: "", kind: .partition,
        rows: plan.groups.map { .init(key: $0.name, label: $0.name, count: $0.members.count) },
        total: plan.memberCount))
    return table.rows.map(\.count)
  }

  /// The positions of a group's agreements (one per policy key) that may be named.
  ///
  /// - Parameter group: The group.
  /// - Returns: Indices into `group.profile.agreements` whose value is known and shared by at
  ///   least the threshold of members.
  public func nameableAgreements(of group: CohortGroup) -> [Int] {
    group.profile.agreements.indices.filter { index in
      let agreement = group.profile.agreements[index]
      return !agreement.value.isEmpty && agreement.matching >= control.minimumCell
    }
  }

  /// The interpreter languages of a group that may be named.
  ///
  /// - Parameter group: The group.
  /// - Returns: The shares with at least the threshold of members.
  public func nameableInterpreters(of group: CohortGroup) -> [InterpreterShare] {
    group.interpreters.filter { $0.members >= control.minimumCell }
  }
}
