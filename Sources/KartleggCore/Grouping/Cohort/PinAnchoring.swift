extension CohortGrouping {
  /// The pins the planner takes for stored pins and the current draft: pinning X to G2 means
  /// "X with G2's current members", so each current member of a group some pin names (and who
  /// has no pin of their own) is pinned to it too, in the draft's order, while the group stays
  /// within the maximum size. A pin to a name the draft does not have pins to a new group of
  /// that name, as before.
  ///
  /// - Parameters:
  ///   - pins: The stored pins.
  ///   - draft: The current draft's groups, or none.
  /// - Returns: The stored pins followed by the anchoring ones.
  public func anchoredPins(_ pins: [CohortPin], draft: [GroupMembership]) -> [CohortPin] {
    let pinned = Set(pins.map(\.member))
    var result = pins
    var counts: [String: Int] = [:]
    for pin in pins { counts[pin.group, default: 0] += 1 }
    for group in draft where counts[group.name] != nil {
      for member in group.members where !pinned.contains(member) {
        guard let count = counts[group.name], count < sizes.maximum else { break }
        result.append(CohortPin(member: member, group: group.name))
        counts[group.name] = count + 1
      }
    }
    return result
  }
}
