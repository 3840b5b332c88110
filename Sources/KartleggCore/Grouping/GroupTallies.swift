/// How often each value of each column occurs in each group, with each column's largest count
/// kept up to date in constant time (a count of counts), so a group's majority score costs one
/// step per column, however many values a column has. All groups share one flat buffer, and a
/// member's values are added or taken away in one pass over it.
struct GroupTallies {
  /// Counts (`group * width + offset + code`), then the count of counts per group and column
  /// (`frequencyStart + (group * columns + column) * stride + count`), then the largest count
  /// per group and column (`largestStart + group * columns + column`).
  private var storage: [Int]
  private let offsets: [Int]
  private let width: Int
  private let columns: Int
  private let stride: Int
  private let frequencyStart: Int
  private let largestStart: Int

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
    frequencyStart = groups * width
    largestStart = frequencyStart + groups * columns * stride
    storage = Array(repeating: 0, count: largestStart + groups * columns)
  }

  /// How many members of `group` have `code` in `column`.
  func count(_ group: Int, _ column: Int, _ code: Int) -> Int {
    storage[group * width + offsets[column] + code]
  }

  /// The count of the most common value of `column` in `group`.
  func largest(_ group: Int, _ column: Int) -> Int {
    storage[largestStart + group * columns + column]
  }

  /// Adds one member's values to a group.
  ///
  /// - Parameters:
  ///   - group: The group.
  ///   - rows: Members' values, one row of ``columns`` per member; a negative value is none.
  ///   - start: Where the member's row starts.
  mutating func add(_ group: Int, _ rows: [Int], at start: Int) {
    change(group, rows, at: start, by: 1)
  }

  /// Takes one member's values away from a group.
  ///
  /// - Parameters:
  ///   - group: The group.
  ///   - rows: Members' values, one row of ``columns`` per member; a negative value is none.
  ///   - start: Where the member's row starts.
  mutating func remove(_ group: Int, _ rows: [Int], at start: Int) {
    change(group, rows, at: start, by: -1)
  }

  /// Counts a member's values up (`step` 1) or down (-1) in a group, keeping each column's count
  /// of counts and largest count.
  private mutating func change(_ group: Int, _ rows: [Int], at start: Int, by step: Int) {
    let (width, columns, stride) = (width, columns, stride)
    let (frequencyStart, largestStart) = (frequencyStart, largestStart)
    offsets.withUnsafeBufferPointer { offsets in
      storage.withUnsafeMutableBufferPointer { storage in
        for column in 0..<columns {
          let code = rows[start + column]
          guard code >= 0 else { continue }
          let slot = group * width + offsets[column] + code
          let before = storage[slot]
          let after = before + step
          precondition(after >= 0 && after < stride, "a group's tally left its capacity")
          storage[slot] = after
          let base = frequencyStart + (group * columns + column) * stride
          if before > 0 { storage[base + before] -= 1 }
          if after > 0 { storage[base + after] += 1 }
          let top = largestStart + group * columns + column
          if after > storage[top] {
            storage[top] = after
          } else if before == storage[top], storage[base + before] == 0 {
            storage[top] = before - 1
          }
        }
      }
    }
  }
}
