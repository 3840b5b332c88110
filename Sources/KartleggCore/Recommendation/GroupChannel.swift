/// The channels to reach a whole group: digital group channels chosen for the members' own
/// primary channels and few channels ("WhatsApp 7 + SMS 1"), and the members no digital channel
/// reaches, for one-to-one or in-person follow-up.
public struct GroupChannelPlan: Hashable, Sendable {
  /// The channels, most members first.
  public var channels: [ChannelID]
  /// How many members each chosen channel serves: each member counts once, under their primary
  /// channel when it is chosen, else their fallback, else the first chosen channel reaching them.
  public var reach: [ChannelID: Int]
  /// Positions (in the input) of members no chosen channel reaches; they need one-to-one or
  /// in-person follow-up.
  public var unreachable: [Int]

  /// Creates a plan.
  ///
  /// - Parameters:
  ///   - channels: The chosen channels.
  ///   - reach: Members served per channel.
  ///   - unreachable: Members no chosen channel reaches.
  public init(channels: [ChannelID], reach: [ChannelID: Int], unreachable: [Int]) {
    self.channels = channels
    self.reach = reach
    self.unreachable = unreachable
  }
}

extension GroupChannelPlan {
  /// The plan for a group, from each member's channel recommendation.
  ///
  /// The candidates are the survey's group channels marked digital; only when none of them
  /// reaches any member do the other group channels (in person) serve. Among the sets of
  /// candidates that reach every member a candidate reaches, the plan takes the one with the
  /// lowest cost — one per channel plus one per member whose primary channel is not in the set —
  /// then the fewest channels, the most fallbacks served and the channels listed first in the
  /// survey. A channel is thus added for the primaries of two members or more. Exact for up to
  /// 20 candidates (every subset is tried); beyond that, greedy by reach.
  ///
  /// - Parameters:
  ///   - members: Each member's recommendation.
  ///   - channels: The survey's channels.
  /// - Returns: The plan.
  /// - Complexity: O(2^c · m) for c candidate channels and m members.
  public static func plan(for members: [ChannelRecommendation], channels: [Channel]) -> Self {
    let digital = channels.filter { $0.servesGroups && $0.isDigital }.map(\.id)
    let reachedDigitally = members.contains { member in
      member.reachable.contains { digital.contains($0) }
    }
    let candidates = Array(
      (reachedDigitally ? digital : channels.filter(\.servesGroups).map(\.id)).prefix(32))
    let masks = members.map { member in
      var mask: UInt32 = 0
      for (bit, channel) in candidates.enumerated() where member.reachable.contains(channel) {
        mask |= 1 << UInt32(bit)
      }
      return mask
    }
    let chosen =
      candidates.count <= 20
      ? exactCover(masks, members: members, candidates: candidates)
      : greedyCover(masks.filter { $0 != 0 }, candidates: candidates)
    return assign(members, masks: masks, chosen: chosen, candidates: candidates)
  }

  /// Each member under the channel that serves them, in the plan's order.
  private static func assign(
    _ members: [ChannelRecommendation], masks: [UInt32], chosen: UInt32, candidates: [ChannelID]
  ) -> Self {
    func bit(_ channel: ChannelID?) -> Int? {
      guard let channel, let bit = candidates.firstIndex(of: channel),
        chosen & (1 << UInt32(bit)) != 0
      else { return nil }
      return bit
    }
    var reach: [ChannelID: Int] = [:]
    var unreachable: [Int] = []
    for (index, member) in members.enumerated() {
      let own = [bit(member.primary?.channel), bit(member.fallback?.channel)].compactMap { $0 }
      let served =
        own.first { masks[index] & (1 << UInt32($0)) != 0 }
        ?? candidates.indices.first { masks[index] & chosen & (1 << UInt32($0)) != 0 }
      guard let served else {
        unreachable.append(index)
        continue
      }
      reach[candidates[served], default: 0] += 1
    }
    let ordered = candidates.filter { reach[$0] != nil }.sorted {
      (reach[$0] ?? 0, candidates.firstIndex(of: $1) ?? 0)
        > (reach[$1] ?? 0, candidates.firstIndex(of: $0) ?? 0)
    }
    return GroupChannelPlan(channels: ordered, reach: reach, unreachable: unreachable)
  }

  private static func exactCover(
    _ masks: [UInt32], members: [ChannelRecommendation], candidates: [ChannelID]
  ) -> UInt32 {
    let patterns = Array(Set(masks.filter { $0 != 0 }))
    guard !patterns.isEmpty else { return 0 }
    let primaries = members.map { bitMask($0.primary?.channel, candidates) }
    let fallbacks = members.map { bitMask($0.fallback?.channel, candidates) }
    var best: (key: [Int], mask: UInt32)?
    for subset in UInt32(1)..<(UInt32(1) << UInt32(candidates.count)) {
      guard patterns.allSatisfy({ $0 & subset != 0 }) else { continue }
      let missedPrimaries = primaries.filter { $0 & subset == 0 }.count
      let servedFallbacks = fallbacks.filter { $0 & subset != 0 }.count
      let key = [
        subset.nonzeroBitCount + missedPrimaries, subset.nonzeroBitCount, -servedFallbacks,
        listingOrder(subset, count: candidates.count),
      ]
      if let current = best, !key.lexicographicallyPrecedes(current.key) { continue }
      best = (key, subset)
    }
    return best?.mask ?? 0
  }

  /// The candidate's bit, or 0 when the channel is not a candidate.
  private static func bitMask(_ channel: ChannelID?, _ candidates: [ChannelID]) -> UInt32 {
    guard let channel, let bit = candidates.firstIndex(of: channel) else { return 0 }
    return 1 << UInt32(bit)
  }

  /// Smaller for sets whose channels come earlier in the survey: the set read as a binary
  /// number with the first channel as the most significant digit, inverted.
  private static func listingOrder(_ subset: UInt32, count: Int) -> Int {
    var value = 0
    for bit in 0..<count { value = value * 2 + (subset & (1 << UInt32(bit)) != 0 ? 0 : 1) }
    return value
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
