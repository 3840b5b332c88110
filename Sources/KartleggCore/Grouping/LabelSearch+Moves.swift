extension LabelSearch {
  /// Kicks in a row without improvement before the search stops.
  static let kickLimit = 60
  /// Edge scans without improvement the search always allows before it may call a stall.
  static let stallWork = 8_000_000

  /// The best group counts found from these starts within the budget.
  ///
  /// Each start is improved by ``improve(_:)``; then, while the budget lasts and the bound is
  /// not reached, the best counts are kicked (one or two groups moved to another label,
  /// removed or added at random, from a fixed seed) and improved again, keeping any result at
  /// least as good.
  mutating func best(from starts: [[Int]]) -> [Int]? {
    var best: (groups: [Int], value: Int)?
    for start in starts where value(start) != nil && (best?.value ?? -1) < bound {
      let improved = improve(start)
      guard let score = value(improved) else { continue }
      if best.map({ score > $0.value }) ?? true { best = (improved, score) }
    }
    guard var current = best else { return nil }
    var random = SplitMix64(seed: 0x6B61_7274_6C65_6767)
    var failures = 0
    var improvedAt = work
    // Stop at the bound, after `kickLimit` fruitless kicks, or when the work since the last
    // improvement exceeds both the stall floor and the work it took to get there.
    while work < budget, current.value < bound, failures < Self.kickLimit,
      work - improvedAt <= max(Self.stallWork, improvedAt)
    {
      var kicked = current.groups
      let open = kicked.indices.filter { kicked[$0] > 0 }
      guard !open.isEmpty else { break }
      for _ in 0..<(1 + Int(random.next() % 2)) {
        // Move a group to a random label, remove one, or add one at a random label.
        let from = open[Int(random.next() % UInt64(open.count))]
        let to = Int(random.next() % UInt64(kicked.count))
        let kind = groupTotal == nil ? random.next() % 3 : 0
        if kind != 2, kicked[from] > 0 { kicked[from] -= 1 }
        if kind != 1 { kicked[to] += 1 }
      }
      guard value(kicked) != nil else {
        failures += 1
        continue
      }
      let improved = improve(kicked)
      guard let score = value(improved) else { continue }
      if score > current.value {
        failures = 0
        improvedAt = work
      } else {
        failures += 1
      }
      if score >= current.value { current = (improved, score) }
    }
    return current.groups
  }

  /// A local optimum near `start`: moves one group from a label to another, adds one or
  /// removes one. Target labels are tried in order of their potential (how much members
  /// would gain there over where they are now), and the scan starts again after each
  /// improvement, so the budget goes to promising moves first; it ends when a full scan finds
  /// no improvement.
  mutating func improve(_ start: [Int]) -> [Int] {
    var groups = start
    guard var current = value(groups) else { return start }
    var improved = true
    while improved, work < budget, current < bound {
      improved = false
      let sources = [-1] + groups.indices.filter { groups[$0] > 0 }
      scan: for target in rankedTargets(groups) {
        for source in sources where source != target {
          var trial = groups
          if source >= 0 { trial[source] -= 1 }
          if target >= 0 { trial[target] += 1 }
          if let score = value(trial), score > current {
            groups = trial
            current = score
            improved = true
            break scan
          }
          if work >= budget { break scan }
        }
      }
    }
    return groups
  }

  /// Every label and -1 (no target: a removal), labels with potential first, highest first.
  private mutating func rankedTargets(_ groups: [Int]) -> [Int] {
    let assignment = self.assignment(groups)
    work += assignmentWork
    var potential = Array(repeating: 0, count: space.labels.count)
    for (label, row) in assignment.enumerated() {
      for (profile, count) in row.enumerated() where count > 0 {
        let have = space.gains[profile][label]
        for target in potential.indices where space.gains[profile][target] > have {
          potential[target] += count * (space.gains[profile][target] - have)
        }
      }
    }
    let promising = potential.indices.filter { potential[$0] > 0 }.sorted {
      (potential[$0], $1) > (potential[$1], $0)
    }
    return promising + [-1] + potential.indices.filter { potential[$0] == 0 }
  }
}
