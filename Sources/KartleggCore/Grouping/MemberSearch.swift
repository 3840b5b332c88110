/// Polishes a grouping member by member: moves one member to another group or swaps two,
/// whenever that raises the objective, until no such step does.
///
/// The objective, in strict order: fewest broken constraints (pins, apart pairs), then the key
/// score (weighted majority matches), then members sharing their group's interpreter language.
/// Sizes never leave the limits.
struct MemberSearch {
  let weights: [Int]
  let codes: [[Int]]
  let valueCounts: [Int]
  let languages: [Int]
  let languageCount: Int
  let minimumSize: Int
  let maximumSize: Int
  /// Per member, the group it is pinned to, or -1.
  let pinnedGroups: [Int]
  /// Per member, the members it must be apart from, ascending.
  let apart: [[Int]]
  /// Per member, the members it may swap with, ascending; `nil` for everyone.
  let partners: [[Int]]?
  private(set) var groupOf: [Int]
  private(set) var sizes: [Int]
  /// Per group, its keys' values and (as the last column) its interpreter languages.
  private var tallies: [GroupTally]
  /// Per group, how many members need an interpreter.
  private var languageMembers: [Int]
  private let keyScale: Int
  private let constraintScale: Int
  /// Pair evaluations the search may spend; a deterministic stand-in for a time limit.
  private let budget: Int
  private var work = 0

  init(
    weights: [Int], codes: [[Int]], valueCounts: [Int], languages: [Int], languageCount: Int,
    sizes limits: (minimum: Int, maximum: Int), pinnedGroups: [Int], apart: [[Int]],
    partners: [[Int]]?, groupOf start: [Int], groupCount: Int, budget: Int
  ) {
    self.partners = partners
    self.weights = weights
    self.codes = codes
    self.valueCounts = valueCounts
    self.languages = languages
    self.languageCount = languageCount
    self.minimumSize = limits.minimum
    self.maximumSize = limits.maximum
    self.pinnedGroups = pinnedGroups
    self.apart = apart
    self.groupOf = start
    self.budget = budget
    keyScale = codes.count + 1
    constraintScale = (codes.count * weights.reduce(0, +) + 1) * keyScale + codes.count + 1
    sizes = Array(repeating: 0, count: groupCount)
    let groupCapacity = max(limits.maximum, start.count / max(groupCount, 1) + 1)
    tallies = Array(
      repeating: GroupTally(valueCounts: valueCounts + [languageCount], capacity: groupCapacity),
      count: groupCount)
    languageMembers = Array(repeating: 0, count: groupCount)
    for member in codes.indices { add(member, to: start[member]) }
  }

  private mutating func add(_ member: Int, to group: Int) {
    sizes[group] += 1
    for (key, code) in codes[member].enumerated() { tallies[group].add(key, code) }
    if languages[member] >= 0 {
      tallies[group].add(weights.count, languages[member])
      languageMembers[group] += 1
    }
    groupOf[member] = group
  }

  private mutating func remove(_ member: Int, from group: Int) {
    sizes[group] -= 1
    for (key, code) in codes[member].enumerated() { tallies[group].remove(key, code) }
    if languages[member] >= 0 {
      tallies[group].remove(weights.count, languages[member])
      languageMembers[group] -= 1
    }
  }

  /// The group's key score times the scale, plus its interpreter matches.
  private func value(of group: Int) -> Int {
    var score = 0
    for key in weights.indices { score += weights[key] * tallies[group].largest[key] }
    return score * keyScale + tallies[group].largest[weights.count]
  }

  /// Broken constraints that involve `member` if it were in `group`, not counting `ignoring`.
  private func violations(_ member: Int, in group: Int, ignoring other: Int = -1) -> Int {
    var count = pinnedGroups[member] >= 0 && pinnedGroups[member] != group ? 1 : 0
    for partner in apart[member] where partner != other && groupOf[partner] == group {
      count += 1
    }
    return count
  }

  /// Whether a step involving `member` could help: it breaks a constraint, or its group is
  /// not uniform on one of its values (a tie for the majority counts too).
  private func isUnsettled(_ member: Int) -> Bool {
    let group = groupOf[member]
    if violations(member, in: group) > 0 { return true }
    for (key, code) in codes[member].enumerated()
    where weights[key] > 0 && tallies[group].count(key, code) < sizes[group] {
      return true
    }
    let language = languages[member]
    return language >= 0 && tallies[group].count(weights.count, language) < languageMembers[group]
  }

  private func isMovable(_ member: Int) -> Bool {
    pinnedGroups[member] < 0 || pinnedGroups[member] != groupOf[member]
  }

  /// How much moving `member` to `target` raises the objective.
  private mutating func moveGain(_ member: Int, to target: Int) -> Int {
    let source = groupOf[member]
    let before = value(of: source) + value(of: target)
    let brokenBefore = violations(member, in: source)
    remove(member, from: source)
    add(member, to: target)
    let after = value(of: source) + value(of: target)
    remove(member, from: target)
    add(member, to: source)
    let brokenAfter = violations(member, in: target)
    return after - before - (brokenAfter - brokenBefore) * constraintScale
  }

  /// How much swapping `member` and `other` (in different groups) raises the objective.
  private mutating func swapGain(_ member: Int, _ other: Int) -> Int {
    let first = groupOf[member]
    let second = groupOf[other]
    let before = value(of: first) + value(of: second)
    let brokenBefore = violations(member, in: first) + violations(other, in: second)
    let brokenAfter =
      violations(member, in: second, ignoring: other)
      + violations(other, in: first, ignoring: member)
    remove(member, from: first)
    remove(other, from: second)
    add(member, to: second)
    add(other, to: first)
    let after = value(of: first) + value(of: second)
    remove(member, from: second)
    remove(other, from: first)
    add(member, to: first)
    add(other, to: second)
    return after - before - (brokenAfter - brokenBefore) * constraintScale
  }

  /// Improves until no single move or swap helps, or the budget is spent.
  mutating func run() {
    var improved = true
    while improved, work < budget {
      improved = false
      for member in codes.indices where isMovable(member) && isUnsettled(member) {
        if improveStep(for: member) { improved = true }
        if work >= budget { break }
      }
    }
  }

  private mutating func improveStep(for member: Int) -> Bool {
    let source = groupOf[member]
    var bestGain = 0
    var bestTarget = -1
    var bestPartner = -1
    if sizes[source] > minimumSize {
      for target in sizes.indices where target != source && sizes[target] < maximumSize {
        let gain = moveGain(member, to: target)
        if gain > bestGain { (bestGain, bestTarget, bestPartner) = (gain, target, -1) }
      }
    }
    for other in partners?[member] ?? Array(codes.indices)
    where groupOf[other] != source && isMovable(other) {
      work += 1
      if codes[other] == codes[member], languages[other] == languages[member],
        pinnedGroups[member] < 0, apart[member].isEmpty, apart[other].isEmpty
      {
        continue
      }
      let gain = swapGain(member, other)
      if gain > bestGain { (bestGain, bestTarget, bestPartner) = (gain, groupOf[other], other) }
    }
    guard bestTarget >= 0 else { return false }
    remove(member, from: source)
    if bestPartner >= 0 {
      remove(bestPartner, from: bestTarget)
      add(bestPartner, to: source)
    }
    add(member, to: bestTarget)
    return true
  }

  /// The first member with a broken constraint and the partner it is wrongly grouped with, or
  /// `nil` when every constraint holds.
  func firstViolation() -> (member: Int, partner: Int?)? {
    for member in codes.indices {
      if let partner = apart[member].first(where: { groupOf[$0] == groupOf[member] }) {
        return (member, partner)
      }
      if pinnedGroups[member] >= 0, pinnedGroups[member] != groupOf[member] {
        return (member, nil)
      }
    }
    return nil
  }
}
