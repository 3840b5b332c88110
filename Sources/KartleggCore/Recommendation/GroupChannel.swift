/// The channels to reach a whole group: the smallest set of group-capable channels that reaches
/// every member, preferring the channels most members already use.
public struct GroupChannelPlan: Hashable, Sendable {
  /// The channels, most used first.
  public var channels: [ChannelID]
  /// How many members each chosen channel reaches.
  public var reach: [ChannelID: Int]
  /// Positions (in the input) of members no group-capable channel reaches; they need one-to-one
  /// follow-up.
  public var unreachable: [Int]

  /// Creates a plan.
  ///
  /// - Parameters:
  ///   - channels: The chosen channels.
  ///   - reach: Members reached per channel.
  ///   - unreachable: Members no group channel reaches.
  public init(channels: [ChannelID], reach: [ChannelID: Int], unreachable: [Int]) {
    self.channels = channels
    self.reach = reach
    self.unreachable = unreachable
  }
}

extension GroupChannelPlan {
  /// The plan for a group, from each member's channel recommendation.
  ///
  /// Among the smallest sets of group-capable channels that reach every reachable member, picks
  /// the one where most members have their primary channel in the set, then their fallback, then
  /// the channels listed first in the survey. Exact for up to 20 group-capable channels (every
  /// subset is tried, smallest first); beyond that, greedy by reach.
  ///
  /// - Parameters:
  ///   - members: Each member's recommendation.
  ///   - channels: The survey's channels.
  /// - Returns: The plan.
  /// - Complexity: O(2^c · m) for c group-capable channels and m distinct reach patterns.
  public static func plan(for members: [ChannelRecommendation], channels: [Channel]) -> Self {
    let candidates = channels.filter(\.servesGroups).map(\.id)
    var masks: [UInt32] = []
    var unreachable: [Int] = []
    for (index, member) in members.enumerated() {
      var mask: UInt32 = 0
      for (bit, channel) in candidates.prefix(32).enumerated()
      where member.reachable.contains(channel) {
        mask |= 1 << UInt32(bit)
      }
      if mask == 0 { unreachable.append(index) } else { masks.append(mask) }
    }
    let patterns = Array(Set(masks))
    let chosen =
      candidates.count <= 20
      ? exactCover(patterns, members: members, candidates: candidates)
      : greedyCover(patterns, candidates: candidates)
    var reach: [ChannelID: Int] = [:]
    for (bit, channel) in candidates.enumerated() where chosen & (1 << UInt32(bit)) != 0 {
      reach[channel] = masks.filter { $0 & (1 << UInt32(bit)) != 0 }.count
    }
    let ordered = candidates.filter { reach[$0] != nil }.sorted {
      (reach[$0] ?? 0) > (reach[$1] ?? 0)
    }
    return GroupChannelPlan(channels: ordered, reach: reach, unreachable: unreachable)
  }

  private static func exactCover(
    _ patterns: [UInt32], members: [ChannelRecommendation], candidates: [ChannelID]
  ) -> UInt32 {
    guard !patterns.isEmpty else { return 0 }
    var best: (key: [Int], mask: UInt32)?
    for subset in UInt32(1)..<(UInt32(1) << UInt32(candidates.count)) {
      guard patterns.allSatisfy({ $0 & subset != 0 }) else { continue }
      let key =
        [subset.nonzeroBitCount] + preference(subset, members: members, candidates: candidates)
        + [listingOrder(subset, count: candidates.count)]
      if let current = best, !key.lexicographicallyPrecedes(current.key) { continue }
      best = (key, subset)
    }
    return best?.mask ?? 0
  }

  /// Smaller for sets whose channels come earlier in the survey: the set read as a binary
  /// number with the first channel as the most significant digit, inverted.
  private static func listingOrder(_ subset: UInt32, count: Int) -> Int {
    var value = 0
    for bit in 0..<count { value = value * 2 + (subset & (1 << UInt32(bit)) != 0 ? 0 : 1) }
    return value
  }

  /// Lower is better: minus the primaries covered, minus the fallbacks covered.
  private static func preference(
    _ subset: UInt32, members: [ChannelRecommendation], candidates: [ChannelID]
  ) -> [Int] {
    func contains(_ channel: ChannelID?) -> Bool {
      guard let channel, let bit = candidates.firstIndex(of: channel) else { return false }
      return subset & (1 << UInt32(bit)) != 0
    }
    let primaries = members.filter { contains($0.primary?.channel) }.count
    let fallbacks = members.filter { contains($0.fallback?.channel) }.count
    return [-primaries, -fallbacks]
  }

  private static func greedyCover(_ patterns: [UInt32], candidates: [ChannelID]) -> UInt32 {
    var remaining = patterns
    var chosen: UInt32 = 0
    while !remaining.isEmpty {
      var bestBit = 0
      var bestCount = -1
      for bit in 0..<min(32, candidates.count) {
        let count = remaining.filter { $0 & (1 << UInt32(bit)) != 0 }.count
        if count > bestCount { (bestBit, bestCount) = (bit, count) }
      }
      chosen |= 1 << UInt32(bestBit)
      remaining.removeAll { $0 & (1 << UInt32(bestBit)) != 0 }
    }
    return chosen
  }
}
