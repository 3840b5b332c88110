/// Chooses how many groups each label gets: a local search over those counts in which every
/// candidate is scored exactly by a min-cost flow (the best way to send members to the chosen
/// labels within the size limits), with seeded kicks to leave local optima.
struct LabelSearch {
  let counts: [Int]
  let space: LabelSpace
  let minimumSize: Int
  let maximumSize: Int
  let minimumGroups: Int
  /// The number of groups every candidate must have, or `nil` for any that fits.
  let groupTotal: Int?
  /// The target size and the cost of each member over it (twice the member search's weight:
  /// with a fixed number of groups, members over the target equal those under it plus a
  /// constant).
  let target: (size: Int, weight: Int)?
  let memberCount: Int
  /// No grouping scores more: every member in a group with its own best label.
  let bound: Int
  /// Edge scans the search may spend; a deterministic stand-in for a time limit.
  let budget: Int
  var work = 0
  private var memo: [[Int]: Int] = [:]

  init(
    counts: [Int], space: LabelSpace, minimumSize: Int, maximumSize: Int, minimumGroups: Int,
    groupTotal: Int? = nil, target: (size: Int, weight: Int)? = nil, budget: Int
  ) {
    self.groupTotal = groupTotal
    self.target = target
    self.counts = counts
    self.space = space
    self.minimumSize = minimumSize
    self.maximumSize = maximumSize
    self.minimumGroups = minimumGroups
    self.memberCount = counts.reduce(0, +)
    self.bound = zip(counts, space.gains).reduce(0) { $0 + $1.0 * ($1.1.max() ?? 0) }
    self.budget = budget
  }

  /// Whether group counts fit the members and the pinned groups.
  func isFeasible(_ groups: [Int]) -> Bool {
    let total = groups.reduce(0, +)
    if let groupTotal, total != groupTotal { return false }
    return total >= minimumGroups && total * minimumSize <= memberCount
      && total * maximumSize >= memberCount
  }

  /// The best key score with these group counts, or `nil` if they do not fit.
  mutating func value(_ groups: [Int]) -> Int? {
    guard isFeasible(groups) else { return nil }
    if let known = memo[groups] { return known }
    let (value, _, scans) = solve(groups, keepAssignment: false)
    work += scans
    memo[groups] = value
    return value
  }

  /// Per label, how many members of each profile go to it under the best flow.
  func assignment(_ groups: [Int]) -> [[Int]] {
    solve(groups, keepAssignment: true).assignment
  }

  /// The work an ``assignment(_:)`` costs, counted as one flow's worth of edges.
  var assignmentWork: Int { counts.count * space.labels.count }

  private func solve(_ groups: [Int], keepAssignment: Bool) -> (
    value: Int, assignment: [[Int]], scans: Int
  ) {
    let open = groups.indices.filter { groups[$0] > 0 }
    let profileCount = counts.count
    let sink = profileCount + open.count + 1
    let lowerBoundReward = memberCount * (space.gains.first?.max() ?? 0) + memberCount + 1
    var flow = MinimumCostFlow(
      nodeCount: sink + 1, edgeCount: profileCount * (open.count + 1) + open.count * 3)
    var edges = Array(repeating: [Int](), count: open.count)
    for profile in 0..<profileCount {
      flow.addEdge(from: 0, to: profile + 1, capacity: counts[profile], cost: 0)
    }
    for (slot, label) in open.enumerated() {
      edges[slot].reserveCapacity(profileCount)
      for profile in 0..<profileCount {
        edges[slot].append(
          flow.addEdge(
            from: profile + 1, to: profileCount + 1 + slot, capacity: counts[profile],
            cost: -space.gains[profile][label]))
      }
      let lower = groups[label] * minimumSize
      let upper = groups[label] * maximumSize
      flow.addEdge(
        from: profileCount + 1 + slot, to: sink, capacity: lower, cost: -lowerBoundReward)
      if let target {
        let middle = groups[label] * target.size
        flow.addEdge(from: profileCount + 1 + slot, to: sink, capacity: middle - lower, cost: 0)
        flow.addEdge(
          from: profileCount + 1 + slot, to: sink, capacity: upper - middle,
          cost: 2 * target.weight)
      } else {
        flow.addEdge(from: profileCount + 1 + slot, to: sink, capacity: upper - lower, cost: 0)
      }
    }
    let result = flow.send(memberCount, from: 0, to: sink)
    let lowerTotal = groups.reduce(0, +) * minimumSize
    let value = -result.cost - lowerBoundReward * lowerTotal
    var assignment: [[Int]] = []
    if keepAssignment {
      assignment = Array(
        repeating: [Int](repeating: 0, count: profileCount), count: space.labels.count)
      for (slot, label) in open.enumerated() {
        for profile in 0..<profileCount {
          assignment[label][profile] = flow.flow(on: edges[slot][profile])
        }
      }
    }
    return (value, assignment, flow.scans)
  }
}
