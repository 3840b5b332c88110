/// A small min-cost flow solver (successive shortest paths with a queue-based Bellman–Ford),
/// for the label assignment; costs may be negative as long as there is no negative cycle at
/// the start.
struct MinimumCostFlow {
  private var head: [Int]
  private var next: [Int] = []
  private var target: [Int] = []
  private var capacity: [Int] = []
  private var cost: [Int] = []
  /// Edges looked at so far: the solver's work, for deterministic budgets.
  private(set) var scans = 0

  /// A graph with `nodeCount` nodes and room for `edgeCount` edges (and their twins) without
  /// reallocation.
  init(nodeCount: Int, edgeCount: Int = 0) {
    head = Array(repeating: -1, count: nodeCount)
    next.reserveCapacity(2 * edgeCount)
    target.reserveCapacity(2 * edgeCount)
    capacity.reserveCapacity(2 * edgeCount)
    cost.reserveCapacity(2 * edgeCount)
  }

  /// Adds an edge and its residual twin; returns the edge's index.
  @discardableResult
  mutating func addEdge(from: Int, to: Int, capacity edgeCapacity: Int, cost edgeCost: Int) -> Int {
    let index = target.count
    target.append(to)
    target.append(from)
    capacity.append(edgeCapacity)
    capacity.append(0)
    cost.append(edgeCost)
    cost.append(-edgeCost)
    next.append(head[from])
    next.append(head[to])
    head[from] = index
    head[to] = index + 1
    return index
  }

  /// The flow on an edge returned by ``addEdge(from:to:capacity:cost:)``.
  func flow(on edge: Int) -> Int { capacity[edge + 1] }

  /// Sends up to `amount` units from `source` to `sink` at minimum cost.
  ///
  /// Primal–dual: a queue-based Bellman–Ford finds the shortest distances, then depth-first
  /// searches push flow along every shortest path at once; costs are small integers, so there
  /// are few distinct distances and few rounds.
  ///
  /// - Returns: The units sent and their total cost.
  mutating func send(_ amount: Int, from source: Int, to sink: Int) -> (flow: Int, cost: Int) {
    let nodeCount = head.count
    var scanned = 0
    let result = head.withUnsafeBufferPointer { head in
      next.withUnsafeBufferPointer { next in
        target.withUnsafeBufferPointer { target in
          cost.withUnsafeBufferPointer { cost in
            capacity.withUnsafeMutableBufferPointer { capacity in
              var search = Search(
                head: head, next: next, target: target, cost: cost, capacity: capacity,
                nodeCount: nodeCount)
              defer { search.deallocate() }
              let result = search.send(amount, from: source, to: sink)
              scanned = search.scans
              return result
            }
          }
        }
      }
    }
    scans += scanned
    return result
  }
}

/// The solver's loops over the graph's storage: every index they read comes from the graph
/// itself, so they run on buffers, without the bounds and uniqueness checks of arrays.
private struct Search {
  let head: UnsafeBufferPointer<Int>
  let next: UnsafeBufferPointer<Int>
  let target: UnsafeBufferPointer<Int>
  let cost: UnsafeBufferPointer<Int>
  let capacity: UnsafeMutableBufferPointer<Int>
  let distance: UnsafeMutableBufferPointer<Int>
  let visited: UnsafeMutableBufferPointer<Bool>
  let queued: UnsafeMutableBufferPointer<Bool>
  let queue: UnsafeMutableBufferPointer<Int>
  /// Edges looked at, counted exactly as the budget counts them.
  var scans = 0

  init(
    head: UnsafeBufferPointer<Int>, next: UnsafeBufferPointer<Int>,
    target: UnsafeBufferPointer<Int>, cost: UnsafeBufferPointer<Int>,
    capacity: UnsafeMutableBufferPointer<Int>, nodeCount: Int
  ) {
    self.head = head
    self.next = next
    self.target = target
    self.cost = cost
    self.capacity = capacity
    distance = .allocate(capacity: nodeCount)
    distance.initialize(repeating: .max)
    visited = .allocate(capacity: nodeCount)
    visited.initialize(repeating: false)
    queued = .allocate(capacity: nodeCount)
    queued.initialize(repeating: false)
    queue = .allocate(capacity: nodeCount + 1)
    queue.initialize(repeating: 0)
  }

  func deallocate() {
    distance.deallocate()
    visited.deallocate()
    queued.deallocate()
    queue.deallocate()
  }

  mutating func send(_ amount: Int, from source: Int, to sink: Int) -> (flow: Int, cost: Int) {
    var sent = 0
    var total = 0
    while sent < amount {
      shortestDistances(from: source)
      guard distance[sink] != .max else { break }
      while sent < amount {
        visited.update(repeating: false)
        let pushed = push(from: source, to: sink, limit: amount - sent)
        guard pushed > 0 else { break }
        sent += pushed
        total += pushed * distance[sink]
      }
    }
    return (sent, total)
  }

  private mutating func shortestDistances(from source: Int) {
    let nodeCount = head.count
    distance.update(repeating: .max)
    distance[source] = 0
    var front = 0
    var back = 1
    queue[0] = source
    queued[source] = true
    while front != back {
      let node = queue[front]
      front = front == nodeCount ? 0 : front + 1
      queued[node] = false
      var edge = head[node]
      while edge >= 0 {
        scans += 1
        let to = target[edge]
        if capacity[edge] > 0, distance[node] + cost[edge] < distance[to] {
          distance[to] = distance[node] + cost[edge]
          if !queued[to] {
            queued[to] = true
            queue[back] = to
            back = back == nodeCount ? 0 : back + 1
          }
        }
        edge = next[edge]
      }
    }
  }

  private mutating func push(from node: Int, to sink: Int, limit: Int) -> Int {
    if node == sink { return limit }
    visited[node] = true
    var used = 0
    var edge = head[node]
    while edge >= 0, used < limit {
      scans += 1
      let to = target[edge]
      if capacity[edge] > 0, !visited[to], distance[to] == distance[node] + cost[edge] {
        let pushed = push(from: to, to: sink, limit: min(limit - used, capacity[edge]))
        if pushed > 0 {
          capacity[edge] -= pushed
          capacity[edge ^ 1] += pushed
          used += pushed
        }
      }
      edge = next[edge]
    }
    return used
  }
}
