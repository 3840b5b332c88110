/// How often each value of each column occurs in each group, with each column's largest count
/// kept up to date in constant time (a count of counts), so a group's majority score costs one
/// step per column, however many values a column has. All groups share flat buffers, so an
/// update touches no nested array.
struct GroupTallies {
  private var counts: [Int]
  private var frequencies: [Int]
  /// Per group and column (`group * columns + column`), the count of its most common value.
  private(set) var largest: [Int]
  private let offsets: [Int]
  private let width: Int
  private let columns: Int
  private let stride: Int

  /// Tallies for `groups` groups with columns of these numbers of values, for groups of at most
  /// `capacity` (one more may be added while a step is tried).
  init(groups: Int, valueCounts: [Int], capacity: Int) {
    var offsets: [Int] = []
    var width = 0
    for count in valueCounts {
      offsets.append(width)
      width += count
    }
    self.offsets = offsets
    self.width = width
    columns = valueCounts.count
    stride = capacity + 2
    counts = Array(repeating: 0, count: groups * width)
    frequencies = Array(repeating: 0, count: groups * columns * stride)
    largest = Array(repeating: 0, count: groups * columns)
  }

  /// How many members of `group` have `code` in `column`.
  func count(_ group: Int, _ column: Int, _ code: Int) -> Int {
    counts[group * width + offsets[column] + code]
  }

  /// The count of the most common value of `column` in `group`.
  func largest(_ group: Int, _ column: Int) -> Int { largest[group * columns + column] }

  mutating func add(_ group: Int, _ column: Int, _ code: Int) {
    let slot = group * width + offsets[column] + code
    let before = counts[slot]
    guard before + 1 < stride else { preconditionFailure("a group grew past its capacity") }
    counts[slot] = before + 1
    let base = (group * columns + column) * stride
    if before > 0 { frequencies[base + before] -= 1 }
    frequencies[base + before + 1] += 1
    let top = group * columns + column
    if before + 1 > largest[top] { largest[top] = before + 1 }
  }

  mutating func remove(_ group: Int, _ column: Int, _ code: Int) {
    let slot = group * width + offsets[column] + code
    let before = counts[slot]
    counts[slot] = before - 1
    let base = (group * columns + column) * stride
    frequencies[base + before] -= 1
    if before > 1 { frequencies[base + before - 1] += 1 }
    let top = group * columns + column
    if before == largest[top], frequencies[base + before] == 0 { largest[top] = before - 1 }
  }
}
