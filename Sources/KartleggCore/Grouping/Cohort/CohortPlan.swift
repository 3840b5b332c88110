/// A cohort's groups under a survey's grouping policy, each with its profile, group channel,
/// interpreter needs and reason, and the plan's quality.
public struct CohortPlan: Hashable, Sendable, KeyMatchScore {
  /// The policy the plan follows.
  public var policy: PolicyID
  /// The key names, most important first: a question id, `overall-level` or `level:<dimension>`.
  public var keyNames: [String]
  /// The key weights, in key order.
  public var weights: [Int]
  /// The smallest allowed group.
  public var minimumSize: Int
  /// The largest allowed group.
  public var maximumSize: Int
  /// The groups, in plan order.
  public var groups: [CohortGroup]
  /// The size groups should be near, if the policy or an override sets one.
  public var targetSize: Int?
  /// Whether the sizes differ from the policy's (overridden for this run).
  public var sizesOverridden = false
  /// Interpreter bookings beside their lower bound.
  public var bookings = BookingFigures(bookings: 0, languages: 0, lowerBound: 0)
  /// Members left over a cap of the policy (none when every cap could be met).
  public var capBreaches: [CohortCapBreach] = []

  /// Creates a plan.
  ///
  /// - Parameters:
  ///   - policy: The policy followed.
  ///   - keyNames: The key names.
  ///   - weights: The key weights.
  ///   - minimumSize: The smallest allowed group.
  ///   - maximumSize: The largest allowed group.
  ///   - groups: The groups.
  public init(
    policy: PolicyID, keyNames: [String], weights: [Int], minimumSize: Int, maximumSize: Int,
    groups: [CohortGroup]
  ) {
    self.policy = policy
    self.keyNames = keyNames
    self.weights = weights
    self.minimumSize = minimumSize
    self.maximumSize = maximumSize
    self.groups = groups
  }

  /// How many participants are placed.
  public var memberCount: Int { groups.reduce(0) { $0 + $1.members.count } }

  /// Per key, how many members have their group's majority value.
  public var keyMatches: [Int] {
    keyNames.indices.map { key in
      groups.reduce(0) { $0 + $1.profile.agreements[key].matching }
    }
  }
}

/// A participant the plan could not place under a cap of the policy.
public struct CohortCapBreach: Hashable, Sendable {
  /// The participant's id.
  public var member: String
  /// The cap their group breaks.
  public var cap: CapBreach.Cap

  /// Creates a breach.
  ///
  /// - Parameters:
  ///   - member: The participant's id.
  ///   - cap: The cap broken.
  public init(member: String, cap: CapBreach.Cap) {
    self.member = member
    self.cap = cap
  }
}

/// One group of a cohort plan.
public struct CohortGroup: Hashable, Sendable {
  /// The group's name.
  public var name: String
  /// The members' ids, in the order given (cohort order for a new plan).
  public var members: [String]
  /// What the group shares.
  public var profile: GroupProfile
  /// The channel or channels that reach the whole group.
  public var channels: GroupChannelPlan
  /// The interpreter languages needed, most members first, then by language code.
  public var interpreters: [InterpreterShare]

  /// Creates a group.
  ///
  /// - Parameters:
  ///   - name: The group's name.
  ///   - members: The members' ids.
  ///   - profile: What the group shares.
  ///   - channels: The group channel plan.
  ///   - interpreters: The interpreter languages needed.
  public init(
    name: String, members: [String], profile: GroupProfile, channels: GroupChannelPlan,
    interpreters: [InterpreterShare]
  ) {
    self.name = name
    self.members = members
    self.profile = profile
    self.channels = channels
    self.interpreters = interpreters
  }

  /// Why the group belongs together, as data to render in the adviser's language.
  public var reason: GroupReason {
    GroupReason(size: members.count, agreements: profile.agreements, interpreters: interpreters)
  }
}

/// What a group shares: the majority value per key, the range of overall levels and the
/// interpreter languages of its members.
public struct GroupProfile: Hashable, Sendable {
  /// Per key, the value most members share (option value or level id; empty when unknown) and
  /// how many do.
  public var agreements: [KeyAgreement]
  /// The lowest overall level among the members, by the survey's level order.
  public var lowestLevel: LevelID?
  /// The highest overall level among the members.
  public var highestLevel: LevelID?
  /// The interpreter languages of members who need one, most members first.
  public var languages: [LanguageCode]

  /// Creates a profile.
  ///
  /// - Parameters:
  ///   - agreements: The majority per key.
  ///   - lowestLevel: The lowest overall level.
  ///   - highestLevel: The highest overall level.
  ///   - languages: The interpreter languages.
  public init(
    agreements: [KeyAgreement], lowestLevel: LevelID?, highestLevel: LevelID?,
    languages: [LanguageCode]
  ) {
    self.agreements = agreements
    self.lowestLevel = lowestLevel
    self.highestLevel = highestLevel
    self.languages = languages
  }
}

/// Why a group belongs together: keys all members share, keys most share, and how many
/// members each interpreter serves.
public struct GroupReason: Hashable, Sendable, CustomStringConvertible {
  /// The group's size.
  public var size: Int
  /// The majority per key.
  public var agreements: [KeyAgreement]
  /// The interpreter languages needed, most members first.
  public var interpreters: [InterpreterShare]

  /// Creates a reason.
  ///
  /// - Parameters:
  ///   - size: The group's size.
  ///   - agreements: The majority per key.
  ///   - interpreters: The interpreter languages needed.
  public init(size: Int, agreements: [KeyAgreement], interpreters: [InterpreterShare]) {
    self.size = size
    self.agreements = agreements
    self.interpreters = interpreters
  }

  /// The keys every member shares.
  public var shared: [KeyAgreement] { agreements.filter { $0.matching == size } }

  /// The keys only some members share.
  public var partial: [KeyAgreement] { agreements.filter { $0.matching < size } }

  /// The reason in English, e.g.
  /// `all share background.industry 'care'; background.goal 'work' for 5 of 7; interpreter 'ti' for 4`.
  public var description: String {
    var parts: [String] = []
    if !shared.isEmpty {
      parts.append(
        "all share " + shared.map { "\($0.key) '\($0.value)'" }.joined(separator: " and "))
    }
    parts += partial.map { "\($0.key) '\($0.value)' for \($0.matching) of \(size)" }
    parts += interpreters.map { "interpreter '\($0.language)' for \($0.members)" }
    return parts.joined(separator: "; ")
  }
}
