extension LabelSearch {
  /// Kicks in a row without improvement before the search stops.
  static let kickLimit = 20

  /// The best group counts found from these starts within the budget.
  ///
  /// Each start is improved by ``improve(_:)``; then, while the budget lasts and the bound is
  /// not reached, the best counts are kicked (one or two groups relabelled at random, from a
  /// fixed seed) and improved again, keeping any result at least as good.
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
    while work < budget, current.value < bound, failures < Self.kickLimit {
      var kicked = current.groups
      let open = kicked.indices.filter { kicked[$0] > 0 }
      guard !open.isEmpty else { break }
      for _ in 0..<(1 + Int(random.next() % 2)) {
        let from = open[Int(random.next() % UInt64(open.count))]
        let to = Int(random.next() % UInt64(kicked.count))
        if kicked[from] > 0 {
          kicked[from] -= 1
          kicked[to] += 1
        }
      }
      guard value(kicked) != nil else {
        failures += 1
        continue
      }
      let improved = improve(kicked)
      guard let score = value(improved) else { continue }
      if score > current.value { failures = 0 } else { failures += 1 }
      if score >= current.value { current = (improved, score) }
    }
    return current.groups
  }

  /// A local optimum near `start`: moves one group from a label to another, adds one or
  /// removes one, taking the first improving move and scanning on until a full round of moves
  /// finds none.
  mutating func improve(_ start: [Int]) -> [Int] {
    var groups = start
    guard var current = value(groups) else { return start }
    let candidates = Array(-1..<space.labels.count)
    let moveCount = candidates.count * candidates.count
    var move = 0
    var sinceImprovement = 0
    while sinceImprovement < moveCount, work < budget, current < bound {
      let from = candidates[move / candidates.count]
      let to = candidates[move % candidates.count]
      move = (move + 1) % moveCount
      sinceImprovement += 1
      guard from != to, from < 0 || groups[from] > 0 else { continue }
      var trial = groups
      if from >= 0 { trial[from] -= 1 }
      if to >= 0 { trial[to] += 1 }
      if let score = value(trial), score > current {
        groups = trial
        current = score
        sinceImprovement = 0
      }
    }
    return groups
  }
}
