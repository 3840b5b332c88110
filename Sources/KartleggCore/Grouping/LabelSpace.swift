/// The labels a group can be built around — one value per key — and what each profile gains
/// in a group with each label (the weights of the keys on which they agree).
///
/// A group's key score is its best label's gain summed over its members (the majority value on
/// each key), so the best grouping can be found by choosing labels and their members first.
struct LabelSpace {
  /// Each label's codes, one per key, in lexicographic order.
  let labels: [[Int]]
  /// `gains[profile][label]`.
  let gains: [[Int]]
  /// Per profile, its own label's position.
  let ownLabels: [Int]

  /// Every combination of values while there are at most this many; beyond, only the
  /// profiles themselves.
  static let combinationLimit = 512

  /// How many labels the space for this table has.
  static func labelCount(for table: ProfileTable) -> Int {
    combinationCount(for: table) ?? table.profiles.count
  }

  /// The number of combinations of values, or `nil` above ``combinationLimit``.
  private static func combinationCount(for table: ProfileTable) -> Int? {
    let combinations = table.valueNames.reduce(1) { $0 > combinationLimit ? $0 : $0 * $1.count }
    return combinations <= combinationLimit ? combinations : nil
  }

  /// The space for a table; a key's `silent` code (e.g. "no interpreter needed") gains nothing
  /// when it matches.
  init(table: ProfileTable, weights: [Int], silent: [Int?] = []) {
    let radices = table.valueNames.map(\.count)
    if Self.combinationCount(for: table) != nil {
      var all: [[Int]] = [[]]
      for radix in radices { all = all.flatMap { prefix in (0..<radix).map { prefix + [$0] } } }
      labels = all
      ownLabels = table.profiles.map { codes in
        zip(codes, radices).reduce(0) { $0 * $1.1 + $1.0 }
      }
    } else {
      labels = table.profiles
      ownLabels = Array(table.profiles.indices)
    }
    let labels = self.labels
    gains = table.profiles.map { codes in
      labels.map { label in
        var gain = 0
        for key in codes.indices
        where codes[key] == label[key] && (key >= silent.count || silent[key] != codes[key]) {
          gain += weights[key]
        }
        return gain
      }
    }
  }

  /// The label whose codes are these, if it is in the space.
  func label(codes: [Int]) -> Int? {
    var low = 0
    var high = labels.count
    while low < high {
      let middle = (low + high) / 2
      if labels[middle].lexicographicallyPrecedes(codes) { low = middle + 1 } else { high = middle }
    }
    return low < labels.count && labels[low] == codes ? low : nil
  }
}
