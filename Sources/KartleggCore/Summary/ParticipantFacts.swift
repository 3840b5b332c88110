/// A part of an assessed result that an adviser may override.
public enum AssessedPart: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The overall level.
  case overallLevel
  /// The level in one dimension.
  case dimensionLevel(DimensionID)
  /// The recommended contact channel.
  case channel
  /// Whether an interpreter is needed.
  case interpreterNeed
  /// The interpreter language.
  case interpreterLanguage
  /// The interpreter mode.
  case interpreterMode

  /// The part's stable name, as stored: `overall-level`, `level:<dimension>`, `channel`,
  /// `interpreter-need`, `interpreter-language`, `interpreter-mode`.
  public var description: String {
    switch self {
    case .overallLevel: return "overall-level"
    case .dimensionLevel(let dimension): return "level:\(dimension)"
    case .channel: return "channel"
    case .interpreterNeed: return "interpreter-need"
    case .interpreterLanguage: return "interpreter-language"
    case .interpreterMode: return "interpreter-mode"
    }
  }

  /// The part named by its stable name.
  ///
  /// - Parameter name: A name as ``description`` writes it, such as `level:safety`.
  public init?(_ name: String) {
    switch name {
    case "overall-level": self = .overallLevel
    case "channel": self = .channel
    case "interpreter-need": self = .interpreterNeed
    case "interpreter-language": self = .interpreterLanguage
    case "interpreter-mode": self = .interpreterMode
    default:
      guard name.hasPrefix("level:"), name.count > 6 else { return nil }
      self = .dimensionLevel(DimensionID(String(name.dropFirst(6))))
    }
  }

  /// Every part a survey's results have, in reading order.
  ///
  /// - Parameter survey: The survey.
  /// - Returns: Overall level, each dimension's level, channel, interpreter need, language, mode.
  public static func all(in survey: Survey) -> [AssessedPart] {
    [.overallLevel] + survey.dimensions.map { .dimensionLevel($0.id) }
      + [.channel, .interpreterNeed, .interpreterLanguage, .interpreterMode]
  }
}

/// What an assessment says of a participant, with every adviser override applied: the values
/// in force.
public struct AssessedFacts: Hashable, Sendable {
  /// The overall level, if any.
  public var overallLevel: LevelID?
  /// The level in each dimension that has one.
  public var dimensionLevels: [DimensionID: LevelID]
  /// The recommended channel, if any.
  public var channel: ChannelID?
  /// The interpreter need, if recorded.
  public var interpreterNeed: InterpreterNeed?
  /// The interpreter language, if any.
  public var interpreterLanguage: LanguageCode?
  /// The interpreter mode, if any.
  public var interpreterMode: InterpreterMode?
  /// The flags raised.
  public var flags: [FlagID]
  /// The parts an adviser overrode.
  public var overriddenParts: Set<AssessedPart>

  /// Creates the facts of one assessment.
  ///
  /// - Parameters:
  ///   - overallLevel: The overall level.
  ///   - dimensionLevels: The dimension levels.
  ///   - channel: The channel.
  ///   - interpreterNeed: The interpreter need.
  ///   - interpreterLanguage: The interpreter language.
  ///   - interpreterMode: The interpreter mode.
  ///   - flags: The flags.
  ///   - overriddenParts: The parts overridden.
  public init(
    overallLevel: LevelID? = nil, dimensionLevels: [DimensionID: LevelID] = [:],
    channel: ChannelID? = nil, interpreterNeed: InterpreterNeed? = nil,
    interpreterLanguage: LanguageCode? = nil, interpreterMode: InterpreterMode? = nil,
    flags: [FlagID] = [], overriddenParts: Set<AssessedPart> = []
  ) {
    self.overallLevel = overallLevel
    self.dimensionLevels = dimensionLevels
    self.channel = channel
    self.interpreterNeed = interpreterNeed
    self.interpreterLanguage = interpreterLanguage
    self.interpreterMode = interpreterMode
    self.flags = flags
    self.overriddenParts = overriddenParts
  }

  /// Sets a part from its stored text; an unknown value for a typed part is left out.
  ///
  /// - Parameters:
  ///   - part: The part.
  ///   - value: Its value in force.
  public mutating func set(_ part: AssessedPart, to value: String) {
    switch part {
    case .overallLevel: overallLevel = LevelID(value)
    case .dimensionLevel(let dimension): dimensionLevels[dimension] = LevelID(value)
    case .channel: channel = ChannelID(value)
    case .interpreterNeed: interpreterNeed = InterpreterNeed(rawValue: value)
    case .interpreterLanguage: interpreterLanguage = LanguageCode(value)
    case .interpreterMode: interpreterMode = InterpreterMode(rawValue: value)
    }
  }
}

/// What the cohort summary needs to know of one participant. No name, no free text.
public struct ParticipantFacts: Hashable, Sendable {
  /// How far the latest intake has come.
  public var stage: IntakeStatus
  /// The assessment in force, when the latest intake has one.
  public var assessment: AssessedFacts?
  /// The answers to the tabulated questions.
  public var answers: [QuestionID: Answer]

  /// Creates one participant's facts.
  ///
  /// - Parameters:
  ///   - stage: The intake stage.
  ///   - assessment: The assessment in force.
  ///   - answers: The answers to the tabulated questions.
  public init(
    stage: IntakeStatus, assessment: AssessedFacts? = nil, answers: [QuestionID: Answer] = [:]
  ) {
    self.stage = stage
    self.assessment = assessment
    self.answers = answers
  }
}
