/// The quality figures of a grouping from its matches per key (see `docs/grouping.md`).
public protocol KeyMatchScore {
  /// The key weights, in key order.
  var weights: [Int] { get }
  /// Per key, how many members have their group's majority value.
  var keyMatches: [Int] { get }
  /// How many members are placed.
  var memberCount: Int { get }
}

extension KeyMatchScore {
  /// The weighted number of matches: Σ weight × matches over the keys.
  public var weightedMatches: Int {
    zip(weights, keyMatches).reduce(0) { $0 + $1.0 * $1.1 }
  }

  /// The score S: weighted matches over weighted members, 1 when every group is uniform on
  /// every key (and when nobody is placed).
  public var score: Double {
    let total = weights.reduce(0, +) * memberCount
    return total == 0 ? 1 : Double(weightedMatches) / Double(total)
  }

  /// The share of members with their group's majority value on a key.
  ///
  /// - Parameter key: The key's position.
  /// - Returns: A share from 0 to 1 (1 when nobody is placed).
  public func matchShare(key: Int) -> Double {
    memberCount == 0 ? 1 : Double(keyMatches[key]) / Double(memberCount)
  }
}
