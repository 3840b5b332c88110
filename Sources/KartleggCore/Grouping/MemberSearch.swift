/// Polishes a grouping member by member: moves one member to another group or swaps two,
/// whenever that raises the objective, until no such step does.
///
/// The objective, in strict order: fewest broken constraints (pins, apart pairs, languages or
/// level bands over a cap, members short of a key's floor), then the balanced score (weighted majority matches less the costs
/// of interpreter bookings, level spread and distance from the target size), then, as a
/// tie-breaker, members sharing their group's interpreter language. Sizes never leave the
/// limits.
struct MemberSearch {
  /// What the search weighs, besides the key codes.
  struct Setup {
    var weights: [Int]
    var codes: [[Int]]
    var valueCounts: [Int]
    /// Per member, its interpreter language code, or -1.
    var languages: [Int]
    var languageCount: Int
    /// Per member, its level band rank, or -1.
    var bands: [Int]
    var bandCount: Int
    var minimumSize: Int
    var maximumSize: Int
    var targetSize: Int?
    var balance: GroupBalance
    /// Whether members sharing their group's most common language break ties.
    var breaksTiesByLanguage: Bool
    /// Per member, the group it is pinned to, or -1.
    var pinnedGroups: [Int]
    /// Per member, the members it must be apart from, ascending.
    var apart: [[Int]]
    /// Keys with a floor: the key's position and how many members must share their group's
    /// value of it.
    var floors: [(key: Int, members: Int)] = []
  }

  let setup: Setup
  /// Per member, the members it may swap with, ascending; `nil` for everyone.
  let partners: [[Int]]?
  private(set) var groupOf: [Int]
  private(set) var sizes: [Int]
  /// Per group, its keys' values, then its interpreter languages, then its level bands.
  private(set) var tallies: GroupTallies
  /// Per group, how many members need an interpreter.
  private var languageMembers: [Int]
  /// Per group, its members (in no particular order).
  private var groupMembers: [[Int]]
  /// Per group, how many distinct interpreter languages its members need.
  private(set) var distinctLanguages: [Int]
  private let languageColumn: Int
  private let bandColumn: Int
  /// Per member, one row of ``columns`` values for ``tallies``: its key codes, its interpreter
  /// language and its level band (-1 for none).
  private let rows: [Int]
  private let columns: Int
  private let keyScale: Int
  private let constraintScale: Int
  /// Pair evaluations the search may spend; a deterministic stand-in for a time limit.
  private let budget: Int
  /// Each member's kind: members of one kind (same values, interpreter language and band) swap
  /// with anyone alike, so a step tries one of each kind per group.
  private let kinds: [Int]
  private(set) var work = 0
  /// Per floor in ``Setup/floors``, how many members share their group's value of its key.
  private(set) var floorMatches: [Int]
  /// The objective gained by the moves and swaps made so far.
  private(set) var gained = 0

  init(setup: Setup, partners: [[Int]]?, groupOf start: [Int], groupCount: Int, budget: Int) {
    self.setup = setup
    self.partners = partners
    self.groupOf = start
    self.budget = budget
    floorMatches = Array(repeating: 0, count: setup.floors.count)
    let count = setup.codes.count
    keyScale = count + 1
    let balance = setup.balance
    let perMember =
      setup.weights.reduce(0, +) + balance.bookingWeight * (count + 1) + balance.levelSpanWeight
      + balance.targetWeight * (1 + setup.maximumSize)
    constraintScale = (count * perMember + 1) * keyScale + count + 1
    languageColumn = setup.weights.count
    bandColumn = setup.weights.count + 1
    let columns = setup.weights.count + 2
    let rows = (0..<count).flatMap { member in
      setup.codes[member] + [setup.languages[member], setup.bands[member]]
    }
    self.columns = columns
    self.rows = rows
    sizes = Array(repeating: 0, count: groupCount)
    let groupCapacity = max(setup.maximumSize, count / max(groupCount, 1) + 1)
    tallies = GroupTallies(
      groups: groupCount, valueCounts: setup.valueCounts + [setup.languageCount, setup.bandCount],
      capacity: groupCapacity)
    languageMembers = Array(repeating: 0, count: groupCount)
    distinctLanguages = Array(repeating: 0, count: groupCount)
    groupMembers = Array(repeating: [], count: groupCount)
    var kindOf: [[Int]: Int] = [:]
    kinds = (0..<count).map { member in
      let key = Array(rows[member * columns..<(member + 1) * columns])
      if let kind = kindOf[key] { return kind }
      kindOf[key] = kindOf.count
      return kindOf.count - 1
    }
    for member in 0..<count {
      add(member, to: start[member])
      groupMembers[start[member]].append(member)
    }
  }

  private mutating func add(_ member: Int, to group: Int) {
    sizes[group] += 1
    let language = setup.languages[member]
    if language >= 0 {
      if tallies.count(group, languageColumn, language) == 0 { distinctLanguages[group] += 1 }
      languageMembers[group] += 1
    }
    countFloors(in: group, by: -1)
    tallies.add(group, rows, at: member * columns)
    countFloors(in: group, by: 1)
    groupOf[member] = group
  }

  private mutating func remove(_ member: Int, from group: Int) {
    sizes[group] -= 1
    countFloors(in: group, by: -1)
    tallies.remove(group, rows, at: member * columns)
    countFloors(in: group, by: 1)
    let language = setup.languages[member]
    if language >= 0 {
      if tallies.count(group, languageColumn, language) == 0 { distinctLanguages[group] -= 1 }
      languageMembers[group] -= 1
    }
  }

  /// Adds (`sign` 1) or takes away (-1) a group's majority counts of the floored keys.
  private mutating func countFloors(in group: Int, by sign: Int) {
    for (index, floor) in setup.floors.enumerated() {
      floorMatches[index] += sign * tallies.largest(group, floor.key)
    }
  }

  /// How many members all floors are short of, together.
  private var floorShortfall: Int {
    var short = 0
    for (index, floor) in setup.floors.enumerated() {
      short += max(0, floor.members - floorMatches[index])
    }
    return short
  }

  /// How many level bands a group's members span (0 for none known).
  func bandSpan(of group: Int) -> Int {
    var lowest = -1
    var highest = -1
    for band in 0..<setup.bandCount where tallies.count(group, bandColumn, band) > 0 {
      if lowest < 0 { lowest = band }
      highest = band
    }
    return lowest < 0 ? 0 : highest - lowest + 1
  }

  /// How far a group is over its caps: languages beyond the interpreter cap plus bands beyond
  /// the level cap.
  func excess(of group: Int) -> Int {
    var excess = 0
    if let cap = setup.balance.maximumInterpreterLanguages {
      excess += max(0, distinctLanguages[group] - cap)
    }
    if let cap = setup.balance.maximumLevelSpan { excess += max(0, bandSpan(of: group) - cap) }
    return excess
  }

  /// The group's part of the objective (see the type's description).
  private func value(of group: Int) -> Int {
    let balance = setup.balance
    var score = 0
    for key in setup.weights.indices { score += setup.weights[key] * tallies.largest(group, key) }
    // The k-th interpreter language of a group costs k bookings' weight: a second interpreter
    // in the room costs more than the first.
    let languages = distinctLanguages[group]
    score -= balance.bookingWeight * languages * (languages + 1) / 2
    if balance.weighsLevels {
      score -= balance.levelSpanWeight * max(0, bandSpan(of: group) - 1)
    }
    if let target = setup.targetSize { score -= balance.targetWeight * abs(sizes[group] - target) }
    let tieBreak = setup.breaksTiesByLanguage ? tallies.largest(group, languageColumn) : 0
    return score * keyScale + tieBreak - excess(of: group) * constraintScale
  }

  /// The whole objective of the current grouping (higher is better), to compare searches.
  var objective: Int {
    var total = 0
    for group in sizes.indices { total += value(of: group) }
    total -= floorShortfall * constraintScale
    for member in groupOf.indices { total -= violations(member, in: groupOf[member]) }
    return total
  }

  /// Broken pins and pairs that involve `member` if it were in `group`, not counting `ignoring`.
  private func violations(_ member: Int, in group: Int, ignoring other: Int = -1) -> Int {
    let pinned = setup.pinnedGroups[member]
    var count = pinned >= 0 && pinned != group ? 1 : 0
    for partner in setup.apart[member] where partner != other && groupOf[partner] == group {
      count += 1
    }
    return count
  }

  /// Whether a step involving `member` could help: it breaks a constraint, its group is off
  /// the target size or over a cap, or its group is not uniform on one of its values (a tie
  /// for the majority counts too).
  private func isUnsettled(_ member: Int) -> Bool {
    let group = groupOf[member]
    if violations(member, in: group) > 0 || excess(of: group) > 0 { return true }
    if let target = setup.targetSize, sizes[group] != target, setup.balance.targetWeight > 0 {
      return true
    }
    for (key, code) in setup.codes[member].enumerated()
    where setup.weights[key] > 0 && tallies.count(group, key, code) < sizes[group] {
      return true
    }
    if setup.balance.weighsLevels, bandSpan(of: group) > 1 { return true }
    let language = setup.languages[member]
    return language >= 0
      && tallies.count(group, languageColumn, language) < languageMembers[group]
  }

  private func isMovable(_ member: Int) -> Bool {
    setup.pinnedGroups[member] < 0 || setup.pinnedGroups[member] != groupOf[member]
  }

  /// How much moving `member` to `target` raises the objective.
  private mutating func moveGain(_ member: Int, to target: Int) -> Int {
    let source = groupOf[member]
    let before = value(of: source) + value(of: target) - floorShortfall * constraintScale
    let brokenBefore = violations(member, in: source)
    remove(member, from: source)
    add(member, to: target)
    let after = value(of: source) + value(of: target) - floorShortfall * constraintScale
    remove(member, from: target)
    add(member, to: source)
    let brokenAfter = violations(member, in: target)
    return after - before - (brokenAfter - brokenBefore) * constraintScale
  }

  /// How much swapping `member` and `other` (in different groups) raises the objective.
  private mutating func swapGain(_ member: Int, _ other: Int) -> Int {
    let first = groupOf[member]
    let second = groupOf[other]
    let before = value(of: first) + value(of: second) - floorShortfall * constraintScale
    let brokenBefore = violations(member, in: first) + violations(other, in: second)
    let brokenAfter =
      violations(member, in: second, ignoring: other)
      + violations(other, in: first, ignoring: member)
    remove(member, from: first)
    remove(other, from: second)
    add(member, to: second)
    add(other, to: first)
    let after = value(of: first) + value(of: second) - floorShortfall * constraintScale
    remove(member, from: second)
    remove(other, from: first)
    add(member, to: first)
    add(other, to: second)
    return after - before - (brokenAfter - brokenBefore) * constraintScale
  }

  /// Members from which a search may stop at a stall: below, every pass runs to a local
  /// optimum (the benchmark rosters stay at their proven optimum).
  static let stallMembers = 1_000
  /// A full pass over the members that gains less than this fraction of all gained so far is
  /// a stall.
  static let stallFraction = 20

  /// Improves until no single move or swap helps, the budget is spent, or (with
  /// ``stallMembers`` or more) a whole pass gains less than 1/``stallFraction`` of what the
  /// passes before it gained: the later passes of a large cohort polish little and cost as much
  /// as the first.
  mutating func run() {
    var improved = true
    var gainedBefore = 0
    let stops = setup.codes.count >= Self.stallMembers
    while improved, work < budget {
      improved = false
      let gainedAtStart = gained
      for member in setup.codes.indices where isMovable(member) && isUnsettled(member) {
        if improveStep(for: member) { improved = true }
        if work >= budget { break }
      }
      let gainedNow = gained - gainedAtStart
      if stops, gainedBefore > 0, gainedNow * Self.stallFraction < gainedBefore { break }
      gainedBefore += gainedNow
    }
  }

  /// Whether two members differ in nothing the objective sees.
  private func isTwin(_ member: Int, _ other: Int) -> Bool {
    kinds[other] == kinds[member] && setup.pinnedGroups[member] < 0
      && setup.apart[member].isEmpty && setup.apart[other].isEmpty
  }

  /// Groups whose members a member may swap with: all groups while there are at most this
  /// many, else the ``likelyGroupCount`` its move would gain most in.
  static let swapGroups = 16
  /// How many groups a member tries when there are more than ``swapGroups``.
  static let likelyGroupCount = 8

  private mutating func improveStep(for member: Int) -> Bool {
    let source = groupOf[member]
    var bestGain = 0
    var bestTarget = -1
    var bestPartner = -1
    let ranksGroups = partners == nil && sizes.count > Self.swapGroups
    let targets = ranksGroups ? likelyGroups(for: member) : Array(sizes.indices)
    for target in targets where target != source {
      guard sizes[source] > setup.minimumSize, sizes[target] < setup.maximumSize else { continue }
      work += 1
      let gain = moveGain(member, to: target)
      if gain > bestGain { (bestGain, bestTarget, bestPartner) = (gain, target, -1) }
    }
    var candidates: [Int]
    if let partners {
      candidates = partners[member]
    } else if ranksGroups {
      candidates = targets.flatMap { groupMembers[$0] }
      candidates.sort()
    } else {
      candidates = Array(setup.codes.indices)
    }
    // A swap with a free member (no pin, no pair) gains what a swap with an earlier free member
    // of its kind in the same group gains; the earlier one is kept on a tie, so it is skipped.
    var tried: [Int] = []
    let isFree = setup.apart[member].isEmpty
    for other in candidates where groupOf[other] != source && isMovable(other) {
      work += 1
      if isTwin(member, other) { continue }
      if isFree, setup.pinnedGroups[other] < 0, setup.apart[other].isEmpty {
        let tag = groupOf[other] &* kinds.count &+ kinds[other]
        if tried.contains(tag) { continue }
        tried.append(tag)
      }
      let gain = swapGain(member, other)
      if gain > bestGain { (bestGain, bestTarget, bestPartner) = (gain, groupOf[other], other) }
    }
    guard bestTarget >= 0 else { return false }
    gained += bestGain
    remove(member, from: source)
    relist(member, from: source, to: bestTarget)
    if bestPartner >= 0 {
      remove(bestPartner, from: bestTarget)
      add(bestPartner, to: source)
      relist(bestPartner, from: bestTarget, to: source)
    }
    add(member, to: bestTarget)
    return true
  }

  /// The ``likelyGroupCount`` groups a member would fit best by a quick estimate — the weights of the
  /// keys on which its value would be (or tie) the group's majority, less a booking for a new
  /// interpreter language — in ascending order.
  private func likelyGroups(for member: Int) -> [Int] {
    let codes = setup.codes[member]
    let language = setup.languages[member]
    // The best `likelyGroupCount` by fit, highest first, the lower group first on a tie: groups
    // come in ascending order, so a newcomer goes after every kept group that fits as well.
    let limit = Self.likelyGroupCount
    let overCap = setup.weights.reduce(0, +) + 1
    var fits: [(fit: Int, group: Int)] = []
    fits.reserveCapacity(limit + 1)
    for group in sizes.indices where group != groupOf[member] {
      var fit = 0
      for (key, code) in codes.enumerated()
      where tallies.count(group, key, code) == tallies.largest(group, key) {
        fit += setup.weights[key]
      }
      if language >= 0, tallies.count(group, languageColumn, language) == 0 {
        fit -=
          setup.balance.bookingWeight
          + (distinctLanguages[group] >= (setup.balance.maximumInterpreterLanguages ?? .max)
            ? overCap : 0)
      }
      if fits.count == limit, let last = fits.last, last.fit >= fit { continue }
      var position = fits.count
      while position > 0, fits[position - 1].fit < fit { position -= 1 }
      fits.insert((fit, group), at: position)
      if fits.count > limit { fits.removeLast() }
    }
    return fits.map(\.group).sorted()
  }

  private mutating func relist(_ member: Int, from source: Int, to target: Int) {
    if let position = groupMembers[source].firstIndex(of: member) {
      groupMembers[source].remove(at: position)
    }
    groupMembers[target].append(member)
  }

  /// The first member with a broken pin or pair and the partner it is wrongly grouped with, or
  /// `nil` when every pin and pair holds.
  func firstViolation() -> (member: Int, partner: Int?)? {
    for member in setup.codes.indices {
      if let partner = setup.apart[member].first(where: { groupOf[$0] == groupOf[member] }) {
        return (member, partner)
      }
      if setup.pinnedGroups[member] >= 0, setup.pinnedGroups[member] != groupOf[member] {
        return (member, nil)
      }
    }
    return nil
  }
}
