/// Turns a finished grouping into a ``GroupPlan``: majorities, matches, order and names.
struct PlanAssembly {
  let request: GroupingRequest
  let table: ProfileTable
  let languages: LanguageCodes
  /// Per group (search order), its pinned name.
  let groupNames: [String?]

  func plan(groupOf: [Int], groupCount: Int, capBreaches: [CapBreach] = []) -> GroupPlan {
    var members = Array(repeating: [Int](), count: groupCount)
    for (member, group) in groupOf.enumerated() { members[group].append(member) }
    let keyCount = request.keys.count
    var majorities: [[Int]] = []
    var agreements: [[KeyAgreement]] = []
    for group in members {
      var codes: [Int] = []
      var row: [KeyAgreement] = []
      for key in 0..<keyCount {
        var counts = Array(repeating: 0, count: table.valueNames[key].count)
        for member in group { counts[table.memberCodes[member][key]] += 1 }
        let best = counts.indices.max { (counts[$0], $1) < (counts[$1], $0) } ?? 0
        codes.append(best)
        row.append(
          KeyAgreement(
            key: request.keys[key].name, value: table.valueNames[key][best], matching: counts[best])
        )
      }
      majorities.append(codes)
      agreements.append(row)
    }
    let order = members.indices.filter { !members[$0].isEmpty }.sorted {
      if majorities[$0] != majorities[$1] {
        return majorities[$0].lexicographicallyPrecedes(majorities[$1])
      }
      return members[$0][0] < members[$1][0]
    }
    let taken = Set(groupNames.compactMap { $0 })
    var counter = 1
    var groups: [PlannedGroup] = []
    for group in order {
      var name = groupNames[group]
      while name == nil {
        let candidate = "G\(counter)"
        counter += 1
        if !taken.contains(candidate) { name = candidate }
      }
      groups.append(
        PlannedGroup(
          name: name ?? "", members: members[group], agreements: agreements[group],
          interpreter: interpreter(of: members[group])))
    }
    let keyMatches = (0..<keyCount).map { key in
      groups.reduce(0) { $0 + $1.agreements[key].matching }
    }
    return GroupPlan(
      groups: groups, keyNames: request.keys.map(\.name), weights: request.keys.map(\.weight),
      memberCount: groupOf.count, keyMatches: keyMatches,
      interpreterMatches: groups.reduce(0) { $0 + ($1.interpreter?.members ?? 0) },
      bookings: BookingFigures.of(
        groups.map { $0.members.map { request.members[$0].interpreterLanguage } },
        maximumSize: request.maximumSize),
      capBreaches: capBreaches)
  }

  private func interpreter(of group: [Int]) -> InterpreterShare? {
    var counts = Array(repeating: 0, count: languages.names.count)
    for member in group where languages.memberCodes[member] >= 0 {
      counts[languages.memberCodes[member]] += 1
    }
    guard let best = counts.indices.max(by: { (counts[$0], $1) < (counts[$1], $0) }),
      counts[best] > 0
    else { return nil }
    return InterpreterShare(language: languages.names[best], members: counts[best])
  }
}
