/// Groups a cohort of assessed participants under one of a survey's grouping policies, and
/// describes each group: profile, group channel, interpreter needs and reason.
///
/// The policy's keys become the planner's keys: an answer key takes the option value (or
/// language code) the participant gave, a level key the level id in force; a missing value is
/// the empty string, so participants without it group together. Pure and deterministic: the
/// same members, pins and pairs give the same plan.
public struct CohortGrouping: Sendable {
  /// The survey the participants were assessed under.
  public let survey: Survey
  /// The policy to follow.
  public let policy: GroupingPolicy
  /// The group sizes: the policy's, or overrides for this run.
  public let sizes: GroupSizes

  /// Prepares to group under a policy.
  ///
  /// - Parameters:
  ///   - survey: The survey, for its level order and channels.
  ///   - policy: One of the survey's grouping policies.
  ///   - sizes: The sizes to use instead of the policy's (see ``GroupSizes/of(_:minimum:maximum:target:)``).
  public init(survey: Survey, policy: GroupingPolicy, sizes: GroupSizes? = nil) {
    self.survey = survey
    self.policy = policy
    self.sizes = sizes ?? GroupSizes.of(policy)
  }

  /// The key names, in policy order: the question id, `overall-level` or `level:<dimension>`.
  public var keyNames: [String] { policy.keys.map { Self.name(of: $0.attribute) } }

  /// The planner's request for a cohort.
  ///
  /// Pins and pairs that name someone not among the members are left out.
  ///
  /// - Parameters:
  ///   - members: The assessed participants.
  ///   - pins: Participants who must be in a named group.
  ///   - apart: Pairs who must be in different groups.
  /// - Returns: The request.
  public func request(
    for members: [CohortMember], pins: [CohortPin] = [], apart: [CohortApartPair] = []
  ) -> GroupingRequest {
    let position = Dictionary(members.enumerated().map { ($1.id, $0) }) { first, _ in first }
    let keys = zip(keyNames, policy.keys).map {
      GroupingRequest.Key(name: $0, weight: $1.weight, minimumShare: $1.minimumShare)
    }
    return GroupingRequest(
      keys: keys,
      members: members.map { member in
        GroupingRequest.Member(
          id: member.id, values: policy.keys.map { value(of: $0.attribute, for: member) },
          interpreterLanguage: member.interpreterLanguage?.rawValue,
          band: member.overallLevel.flatMap { levelRank[$0] })
      },
      minimumSize: sizes.minimum, maximumSize: sizes.maximum,
      prefersSharedInterpreter: policy.prefersSharedInterpreter,
      pins: pins.compactMap { pin in
        position[pin.member].map { GroupingRequest.Pin(member: $0, group: pin.group) }
      },
      apart: apart.compactMap { pair in
        guard let first = position[pair.first], let second = position[pair.second] else {
          return nil
        }
        return GroupingRequest.ApartPair(first, second)
      }, targetSize: sizes.target, balance: policy.balance)
  }

  /// Each level's rank in the survey's order, lowest first.
  var levelRank: [LevelID: Int] {
    Dictionary(survey.levels.enumerated().map { ($1.id, $0) }) { first, _ in first }
  }

  /// The best grouping of a cohort, with every group described.
  ///
  /// - Parameters:
  ///   - members: The assessed participants.
  ///   - pins: Participants who must be in a named group.
  ///   - apart: Pairs who must be in different groups.
  /// - Returns: The plan.
  /// - Throws: ``GroupingProblem`` when the sizes, pins or pairs cannot all hold, naming the
  ///   numbers and participants involved.
  /// - Complexity: Bounded by the planner's fixed work budgets.
  public func plan(
    _ members: [CohortMember], pins: [CohortPin] = [], apart: [CohortApartPair] = []
  ) throws(GroupingProblem) -> CohortPlan {
    let planned = try GroupPlanner.plan(for: request(for: members, pins: pins, apart: apart))
    let groups = planned.groups.map { group in
      GroupMembership(name: group.name, members: group.members.map { members[$0].id })
    }
    var plan = describe(groups, members: members)
    plan.capBreaches = planned.capBreaches.map {
      CohortCapBreach(member: members[$0.member].id, cap: $0.cap)
    }
    return plan
  }

  /// Describes given groups (a stored plan, perhaps edited by hand) with profiles, channels,
  /// interpreter needs and quality.
  ///
  /// - Parameters:
  ///   - groups: The groups, in order, by member id; ids not among `members` are left out.
  ///   - members: The assessed participants.
  /// - Returns: The plan.
  public func describe(_ groups: [GroupMembership], members: [CohortMember]) -> CohortPlan {
    // Positions, not copies: a cohort's members are looked up once each.
    var byID: [String: Int] = [:]
    byID.reserveCapacity(members.count)
    for (position, member) in members.enumerated() where byID[member.id] == nil {
      byID[member.id] = position
    }
    let described = groups.map { group in
      describe(name: group.name, members: group.members.compactMap { byID[$0].map { members[$0] } })
    }
    var plan = CohortPlan(
      policy: policy.id, keyNames: keyNames, weights: policy.keys.map(\.weight),
      minimumSize: sizes.minimum, maximumSize: sizes.maximum, groups: described)
    plan.targetSize = sizes.target
    plan.sizesOverridden = sizes.isOverridden
    plan.bookings = BookingFigures.of(
      groups.map { group in
        group.members.map { byID[$0].flatMap { members[$0].interpreterLanguage?.rawValue } }
      },
      maximumSize: sizes.maximum)
    return plan
  }

  /// A member's value on a key: the option value or language code answered, or the level id in
  /// force; empty when there is none.
  ///
  /// - Parameters:
  ///   - attribute: What the key compares.
  ///   - member: The participant.
  /// - Returns: The value.
  public func value(of attribute: GroupingKey.Attribute, for member: CohortMember) -> String {
    switch attribute {
    case .answer(let question): return member.answers[question].map(Self.value(of:)) ?? ""
    case .overallLevel: return member.overallLevel?.rawValue ?? ""
    case .dimensionLevel(let dimension): return member.dimensionLevels[dimension]?.rawValue ?? ""
    }
  }

  private func describe(name: String, members: [CohortMember]) -> CohortGroup {
    let agreements = zip(keyNames, policy.keys).map { key, definition in
      Self.majority(key: key, values: members.map { value(of: definition.attribute, for: $0) })
    }
    let rank = Dictionary(survey.levels.enumerated().map { ($1.id, $0) }) { first, _ in first }
    let levels = members.compactMap(\.overallLevel).sorted {
      (rank[$0] ?? Int.max, $0) < (rank[$1] ?? Int.max, $1)
    }
    let interpreters = Self.interpreters(of: members)
    return CohortGroup(
      name: name, members: members.map(\.id),
      profile: GroupProfile(
        agreements: agreements, lowestLevel: levels.first, highestLevel: levels.last,
        languages: interpreters.map { LanguageCode($0.language) }),
      channels: GroupChannelPlan.plan(
        for: members.map(\.channel), channels: survey.channels.channels),
      interpreters: interpreters)
  }

  /// The most common value (the first in sorted order on a tie) and how many have it.
  private static func majority(key: String, values: [String]) -> KeyAgreement {
    var counts: [String: Int] = [:]
    for value in values { counts[value, default: 0] += 1 }
    let best = counts.min { ($1.value, $0.key) < ($0.value, $1.key) }
    return KeyAgreement(key: key, value: best?.key ?? "", matching: best?.value ?? 0)
  }

  private static func interpreters(of members: [CohortMember]) -> [InterpreterShare] {
    var counts: [LanguageCode: Int] = [:]
    for language in members.compactMap(\.interpreterLanguage) { counts[language, default: 0] += 1 }
    return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
      InterpreterShare(language: $0.key.rawValue, members: $0.value)
    }
  }

  /// A key's name: the question id, `overall-level` or `level:<dimension>`.
  ///
  /// - Parameter attribute: What the key compares.
  /// - Returns: The name.
  public static func name(of attribute: GroupingKey.Attribute) -> String {
    switch attribute {
    case .answer(let question): return question.rawValue
    case .overallLevel: return "overall-level"
    case .dimensionLevel(let dimension): return "level:\(dimension)"
    }
  }

  private static func value(of answer: Answer) -> String {
    switch answer {
    case .choice(let option): return option.rawValue
    case .choices(let options): return options.map(\.rawValue).sorted().joined(separator: "+")
    case .number(let number):
      return number == number.rounded() && abs(number) < 1e15 ? "\(Int(number))" : "\(number)"
    case .text(let text): return text
    case .date(let date): return "\(date)"
    case .language(let code): return code.rawValue
    case .languages(let codes): return codes.map(\.rawValue).sorted().joined(separator: "+")
    }
  }
}

/// A group's name and members by id, as stored or edited.
public struct GroupMembership: Hashable, Sendable {
  /// The group's name.
  public var name: String
  /// The members' ids.
  public var members: [String]

  /// Creates a membership.
  ///
  /// - Parameters:
  ///   - name: The group's name.
  ///   - members: The members' ids.
  public init(name: String, members: [String]) {
    self.name = name
    self.members = members
  }
}
