/// One assessed participant of a cohort, as grouping needs them: answers, the levels and
/// channel recommendation in force, and the interpreter language when one is needed.
public struct CohortMember: Hashable, Sendable {
  /// The participant's pseudonymous id.
  public var id: String
  /// The participant's answers.
  public var answers: AnswerSet
  /// The overall level in force, if assessed.
  public var overallLevel: LevelID?
  /// The level in force per dimension.
  public var dimensionLevels: [DimensionID: LevelID]
  /// The channels that reach the participant.
  public var channel: ChannelRecommendation
  /// The language an interpreter (tolk) is needed in, or `nil` when none is needed.
  public var interpreterLanguage: LanguageCode?

  /// Creates a member.
  ///
  /// - Parameters:
  ///   - id: The pseudonymous id.
  ///   - answers: The answers.
  ///   - overallLevel: The overall level in force.
  ///   - dimensionLevels: The level in force per dimension.
  ///   - channel: The channel recommendation.
  ///   - interpreterLanguage: The interpreter language, when one is needed.
  public init(
    id: String, answers: AnswerSet, overallLevel: LevelID?,
    dimensionLevels: [DimensionID: LevelID] = [:], channel: ChannelRecommendation,
    interpreterLanguage: LanguageCode? = nil
  ) {
    self.id = id
    self.answers = answers
    self.overallLevel = overallLevel
    self.dimensionLevels = dimensionLevels
    self.channel = channel
    self.interpreterLanguage = interpreterLanguage
  }
}

/// A participant who must be in the group with a given name.
public struct CohortPin: Hashable, Sendable {
  /// The participant's id.
  public var member: String
  /// The group's name.
  public var group: String

  /// Creates a pin.
  ///
  /// - Parameters:
  ///   - member: The participant's id.
  ///   - group: The group's name.
  public init(member: String, group: String) {
    self.member = member
    self.group = group
  }
}

/// Two participants who must be in different groups.
public struct CohortApartPair: Hashable, Sendable {
  /// The first participant's id.
  public var first: String
  /// The second participant's id.
  public var second: String

  /// Creates a pair.
  ///
  /// - Parameters:
  ///   - first: The first participant's id.
  ///   - second: The second participant's id.
  public init(_ first: String, _ second: String) {
    self.first = first
    self.second = second
  }
}
