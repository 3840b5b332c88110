/// Starting group counts for the label search.
enum LabelStarts {
  /// Sort and chunk: members sorted by profile, cut into `groupCount` groups, each group
  /// counted under its majority label. With the fewest groups that fit (at least
  /// `minimumGroups`), it always fits when the request passed its checks.
  static func chunked(
    table: ProfileTable, space: LabelSpace, request: GroupingRequest, groupCount: Int
  ) -> [Int]? {
    let members = table.profileMembers.flatMap { $0 }
    let count = members.count
    guard groupCount > 0, groupCount * request.minimumSize <= count,
      groupCount * request.maximumSize >= count
    else { return nil }
    var groups = Array(repeating: 0, count: space.labels.count)
    let (quotient, remainder) = count.quotientAndRemainder(dividingBy: groupCount)
    var start = 0
    for index in 0..<groupCount {
      let size = quotient + (index < remainder ? 1 : 0)
      let chunk = members[start..<(start + size)]
      start += size
      let majority = table.valueNames.indices.map { key in
        var counts = Array(repeating: 0, count: table.valueNames[key].count)
        for member in chunk { counts[table.memberCodes[member][key]] += 1 }
        return counts.indices.max { (counts[$0], $1) < (counts[$1], $0) } ?? 0
      }
      let label =
        space.label(codes: majority)
        ?? space.ownLabels[table.memberProfiles[chunk.first ?? 0]]
      groups[label] += 1
    }
    return groups
  }

  /// Own labels: each profile with at least a minimum group of members gets as many groups of
  /// its own as it can fill; then the profiles with most members left over get one more until
  /// everyone fits. `nil` if that overshoots.
  static func own(table: ProfileTable, space: LabelSpace, search: LabelSearch) -> [Int]? {
    var groups = Array(repeating: 0, count: space.labels.count)
    let counts = table.profileCounts
    for (profile, count) in counts.enumerated() {
      groups[space.ownLabels[profile]] += count / search.minimumSize
    }
    if let total = search.groupTotal {
      // Too many groups: drop one from the label whose groups hold the fewest own members.
      var members = Array(repeating: 0, count: groups.count)
      for (profile, count) in counts.enumerated() { members[space.ownLabels[profile]] += count }
      while groups.reduce(0, +) > total {
        let open = groups.indices.filter { groups[$0] > 0 }
        guard
          let label = open.min(by: {
            (members[$0] * groups[$1], $0) < (members[$1] * groups[$0], $1)
          })
        else { return nil }
        groups[label] -= 1
      }
    }
    for _ in 0..<search.memberCount where !search.isFeasible(groups) {
      let total = groups.reduce(0, +)
      guard total * search.minimumSize < search.memberCount else { return nil }
      let leftover = counts.indices.map {
        counts[$0] - groups[space.ownLabels[$0]] * search.maximumSize
      }
      guard let profile = leftover.indices.max(by: { (leftover[$0], $1) < (leftover[$1], $0) })
      else { return nil }
      groups[space.ownLabels[profile]] += 1
    }
    return search.isFeasible(groups) ? groups : nil
  }
}
