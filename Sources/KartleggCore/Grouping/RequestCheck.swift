/// Checks a request before any search and turns its pins and pairs into lookup tables.
struct RequestCheck {
  /// Pins and pairs as tables.
  struct Constraints {
    /// The distinct pinned group names, sorted.
    var names: [String]
    /// Per member, the group it is pinned to.
    var pinnedName: [String?]
    /// Per member, the members it must be apart from, ascending.
    var apart: [[Int]]
  }

  let request: GroupingRequest

  init(_ request: GroupingRequest) {
    self.request = request
  }

  /// The constraints, or the first reason the request cannot be grouped.
  func constraints() throws(GroupingProblem) -> Constraints {
    let minimum = request.minimumSize
    let maximum = request.maximumSize
    guard minimum >= 1, minimum <= maximum else {
      throw GroupingProblem(.invalidSizes(minimum: minimum, maximum: maximum))
    }
    if let target = request.targetSize, !(minimum...maximum).contains(target) {
      throw GroupingProblem(.invalidTarget(target: target, minimum: minimum, maximum: maximum))
    }
    try checkBalance(request.balance)
    for key in request.keys where !(0...1000).contains(key.weight) {
      throw GroupingProblem(.invalidWeight(key: key.name, weight: key.weight))
    }
    for member in request.members where member.values.count != request.keys.count {
      throw GroupingProblem(
        .wrongValueCount(
          member: member.id, expected: request.keys.count, found: member.values.count))
    }
    let count = request.members.count
    if count > 0, (count + maximum - 1) / maximum > count / minimum {
      throw GroupingProblem(.noGroupCount(members: count, minimum: minimum, maximum: maximum))
    }
    let pinnedName = try pinnedNames()
    let names = Array(Set(pinnedName.compactMap { $0 })).sorted()
    if names.count > count / minimum {
      throw GroupingProblem(
        .tooManyPinnedGroups(groups: names.count, maximumGroups: count / minimum))
    }
    for name in names {
      let pinned = pinnedName.filter { $0 == name }.count
      if pinned > maximum {
        throw GroupingProblem(.overfullPin(group: name, pinned: pinned, maximum: maximum))
      }
    }
    return Constraints(names: names, pinnedName: pinnedName, apart: try apartTable(pinnedName))
  }

  private func id(_ member: Int) -> String { request.members[member].id }

  private func checkBalance(_ balance: GroupBalance) throws(GroupingProblem) {
    let caps = [
      ("max-interpreter-languages", balance.maximumInterpreterLanguages),
      ("max-level-span", balance.maximumLevelSpan),
    ]
    for (setting, cap) in caps {
      if let cap, cap < 1 { throw GroupingProblem(.invalidBalance(setting: setting, value: cap)) }
    }
    let weights = [
      ("interpreter-weight", balance.bookingWeight),
      ("level-span-weight", balance.levelSpanWeight), ("target-weight", balance.targetWeight),
    ]
    for (setting, weight) in weights where !(0...1000).contains(weight) {
      throw GroupingProblem(.invalidBalance(setting: setting, value: weight))
    }
  }

  private func pinnedNames() throws(GroupingProblem) -> [String?] {
    var pinnedName = [String?](repeating: nil, count: request.members.count)
    for pin in request.pins {
      guard request.members.indices.contains(pin.member) else {
        throw GroupingProblem(.unknownMember(position: pin.member))
      }
      if let earlier = pinnedName[pin.member], earlier != pin.group {
        throw GroupingProblem(
          .conflictingPins(member: id(pin.member), groups: [earlier, pin.group].sorted()))
      }
      pinnedName[pin.member] = pin.group
    }
    return pinnedName
  }

  private func apartTable(_ pinnedName: [String?]) throws(GroupingProblem) -> [[Int]] {
    var apart = [[Int]](repeating: [], count: request.members.count)
    for pair in request.apart {
      for member in [pair.first, pair.second] where !request.members.indices.contains(member) {
        throw GroupingProblem(.unknownMember(position: member))
      }
      guard pair.first != pair.second else {
        throw GroupingProblem(.apartFromSelf(member: id(pair.first)))
      }
      if let group = pinnedName[pair.first], pinnedName[pair.second] == group {
        throw GroupingProblem(
          .apartButPinnedTogether(first: id(pair.first), second: id(pair.second), group: group))
      }
      apart[pair.first].append(pair.second)
      apart[pair.second].append(pair.first)
    }
    return apart.map { Array(Set($0)).sorted() }
  }
}
