/// How often each value of each column occurs in one group, with each column's largest count
/// kept up to date in constant time (a count of counts), so a group's majority score costs
/// one step per column, however many values a column has.
struct GroupTally {
  private var counts: [Int]
  private var frequencies: [Int]
  /// Per column, the count of its most common value.
  private(set) var largest: [Int]
  private let offsets: [Int]
  private let stride: Int

  /// A tally for columns with these numbers of values, for groups of at most `capacity`.
  init(valueCounts: [Int], capacity: Int) {
    var offsets: [Int] = []
    var width = 0
    for count in valueCounts {
      offsets.append(width)
      width += count
    }
    self.offsets = offsets
    stride = capacity + 2
    counts = Array(repeating: 0, count: width)
    frequencies = Array(repeating: 0, count: valueCounts.count * (capacity + 2))
    largest = Array(repeating: 0, count: valueCounts.count)
  }

  /// How many members have `code` in `column`.
  func count(_ column: Int, _ code: Int) -> Int { counts[offsets[column] + code] }

  mutating func add(_ column: Int, _ code: Int) {
    let slot = offsets[column] + code
    let before = counts[slot]
    guard before + 1 < stride else { preconditionFailure("a group grew past its capacity") }
    counts[slot] = before + 1
    if before > 0 { frequencies[column * stride + before] -= 1 }
    frequencies[column * stride + before + 1] += 1
    if before + 1 > largest[column] { largest[column] = before + 1 }
  }

  mutating func remove(_ column: Int, _ code: Int) {
    let slot = offsets[column] + code
    let before = counts[slot]
    counts[slot] = before - 1
    frequencies[column * stride + before] -= 1
    if before > 1 { frequencies[column * stride + before - 1] += 1 }
    if before == largest[column], frequencies[column * stride + before] == 0 {
      largest[column] = before - 1
    }
  }
}
