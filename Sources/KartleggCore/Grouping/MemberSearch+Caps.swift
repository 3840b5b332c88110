extension MemberSearch {
  /// The members beyond a cap once the search is done: in a group with more interpreter
  /// languages than allowed, those needing the languages fewest members of the group share
  /// (beyond the cap's count of most shared); in a group spanning too many level bands, those
  /// outside the window of bands holding most members. Ascending by member.
  func capBreaches() -> [CapBreach] {
    var members = Array(repeating: [Int](), count: sizes.count)
    for (member, group) in groupOf.enumerated() { members[group].append(member) }
    var breaches: [CapBreach] = []
    for group in sizes.indices {
      if let cap = setup.balance.maximumInterpreterLanguages, distinctLanguages[group] > cap {
        var counts: [Int: Int] = [:]
        for member in members[group] where setup.languages[member] >= 0 {
          counts[setup.languages[member], default: 0] += 1
        }
        let kept = Set(
          counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(cap).map(\.key))
        for member in members[group]
        where setup.languages[member] >= 0 && !kept.contains(setup.languages[member]) {
          breaches.append(CapBreach(member: member, cap: .interpreterLanguages))
        }
      }
      if let cap = setup.balance.maximumLevelSpan, cap > 0, bandSpan(of: group) > cap {
        var counts = Array(repeating: 0, count: setup.bandCount)
        for member in members[group] where setup.bands[member] >= 0 {
          counts[setup.bands[member]] += 1
        }
        let starts = 0...max(0, setup.bandCount - cap)
        let start =
          starts.max { counts[$0..<($0 + cap)].reduce(0, +) < counts[$1..<($1 + cap)].reduce(0, +) }
          ?? 0
        for member in members[group]
        where setup.bands[member] >= 0 && !(start..<(start + cap)).contains(setup.bands[member]) {
          breaches.append(CapBreach(member: member, cap: .levelSpan))
        }
      }
    }
    return breaches.sorted { ($0.member, $0.cap.rawValue) < ($1.member, $1.cap.rawValue) }
  }
}
