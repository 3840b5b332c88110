/// Gives each pinned group name to one group of a first grouping.
enum PinnedNames {
  /// Per group, its pinned name: names in sorted order, each to the unnamed group holding most
  /// of its pinned members (the first such group on a tie).
  static func assign(
    _ names: [String], pinnedName: [String?], groupOf: [Int], groupCount: Int
  ) -> [String?] {
    var groupNames = [String?](repeating: nil, count: groupCount)
    for name in names {
      var pinnedHere = [Int](repeating: 0, count: groupCount)
      for (member, pinned) in pinnedName.enumerated() where pinned == name {
        pinnedHere[groupOf[member]] += 1
      }
      var chosen = -1
      for group in 0..<groupCount where groupNames[group] == nil {
        if chosen < 0 || pinnedHere[group] > pinnedHere[chosen] { chosen = group }
      }
      if chosen >= 0 { groupNames[chosen] = name }
    }
    return groupNames
  }
}
