/// Exact counts over a cohort, before they become tables: what the summary is built from.
///
/// A store may fill it by aggregating in its query language, or add participants one by one
/// with ``add(_:)``. Every count below ``participants`` and ``stages`` is over the *assessed*
/// participants (whose latest intake has a result); the interpreter languages and modes are over
/// those whose interpreter need in force is ``InterpreterNeed/needed``.
public struct CohortTally: Hashable, Sendable {
  /// Participants in the cohort.
  public var participants = 0
  /// Participants by the stage of their latest intake.
  public var stages: [IntakeStatus: Int] = [:]
  /// Participants whose latest intake has a result.
  public var assessed = 0
  /// Assessed participants by overall level in force.
  public var overallLevels: [LevelID: Int] = [:]
  /// Assessed participants by level in force, per dimension.
  public var dimensionLevels: [DimensionID: [LevelID: Int]] = [:]
  /// Assessed participants by channel in force.
  public var channels: [ChannelID: Int] = [:]
  /// Assessed participants by interpreter need in force.
  public var interpreterNeeds: [InterpreterNeed: Int] = [:]
  /// Participants needing an interpreter, by interpreter language in force.
  public var interpreterLanguages: [LanguageCode: Int] = [:]
  /// Participants needing an interpreter, by interpreter mode in force.
  public var interpreterModes: [InterpreterMode: Int] = [:]
  /// Participants needing an interpreter, by language and mode together: the bookings to make.
  public var interpreterBookings: [InterpreterBooking: Int] = [:]
  /// Assessed participants with each flag.
  public var flags: [FlagID: Int] = [:]
  /// Assessed participants with at least one override of each part.
  public var overrides: [AssessedPart: Int] = [:]
  /// Assessed participants choosing each category (option value or language code), per
  /// tabulated question.
  public var answers: [QuestionID: [String: Int]] = [:]
  /// Assessed participants who answered each tabulated question.
  public var answered: [QuestionID: Int] = [:]

  /// Creates an empty tally.
  public init() {}

  /// Counts one participant.
  ///
  /// - Parameter facts: The participant's facts.
  public mutating func add(_ facts: ParticipantFacts) {
    participants += 1
    stages[facts.stage, default: 0] += 1
    guard let assessment = facts.assessment else { return }
    assessed += 1
    for flag in assessment.flags { flags[flag, default: 0] += 1 }
    addValues(of: assessment)
    for (question, answer) in facts.answers { add(answer, to: question) }
  }

  /// Counts the values in force and the overrides of one assessment — not its flags, not the
  /// participant. A store that aggregates the other counts itself adds overridden results so.
  ///
  /// - Parameter assessment: The assessment in force.
  public mutating func addValues(of assessment: AssessedFacts) {
    if let level = assessment.overallLevel { add(level.rawValue, of: .overallLevel, count: 1) }
    for (dimension, level) in assessment.dimensionLevels {
      add(level.rawValue, of: .dimensionLevel(dimension), count: 1)
    }
    if let channel = assessment.channel { add(channel.rawValue, of: .channel, count: 1) }
    if let need = assessment.interpreterNeed { add(need.rawValue, of: .interpreterNeed, count: 1) }
    if assessment.interpreterNeed == .needed {
      addInterpreter(
        language: assessment.interpreterLanguage, mode: assessment.interpreterMode, count: 1)
    }
    for part in assessment.overriddenParts { overrides[part, default: 0] += 1 }
  }

  /// Counts assessed participants sharing a value in force of a level, the channel or the
  /// interpreter need. Interpreter language and mode are left out: they count only among those
  /// needing an interpreter (``addInterpreter(language:mode:count:)``).
  ///
  /// - Parameters:
  ///   - value: The value in force, as stored.
  ///   - part: The part.
  ///   - count: How many share it.
  public mutating func add(_ value: String, of part: AssessedPart, count: Int) {
    switch part {
    case .overallLevel: overallLevels[LevelID(value), default: 0] += count
    case .dimensionLevel(let dimension):
      dimensionLevels[dimension, default: [:]][LevelID(value), default: 0] += count
    case .channel: channels[ChannelID(value), default: 0] += count
    case .interpreterNeed:
      if let need = InterpreterNeed(rawValue: value) { interpreterNeeds[need, default: 0] += count }
    case .interpreterLanguage, .interpreterMode: break
    }
  }

  /// Counts participants needing an interpreter who share a language and mode in force.
  ///
  /// - Parameters:
  ///   - language: The language, if recorded.
  ///   - mode: The mode, if recorded.
  ///   - count: How many share them.
  public mutating func addInterpreter(language: LanguageCode?, mode: InterpreterMode?, count: Int) {
    if let language { interpreterLanguages[language, default: 0] += count }
    if let mode { interpreterModes[mode, default: 0] += count }
    interpreterBookings[InterpreterBooking(language: language, mode: mode), default: 0] += count
  }

  /// Counts one assessed participant's answer to a tabulated question.
  ///
  /// - Parameters:
  ///   - answer: The answer; numbers, text and dates have no categories and count as answered
  ///     only.
  ///   - question: The question.
  public mutating func add(_ answer: Answer, to question: QuestionID) {
    add(answer, to: question, count: 1)
  }

  /// Counts participants who gave the same answer to a tabulated question.
  ///
  /// - Parameters:
  ///   - answer: The answer.
  ///   - question: The question.
  ///   - count: How many gave it.
  public mutating func add(_ answer: Answer, to question: QuestionID, count: Int) {
    answered[question, default: 0] += count
    let categories: [String]
    switch answer {
    case .choice(let value): categories = [value.rawValue]
    case .choices(let values): categories = values.map(\.rawValue)
    case .language(let code): categories = [code.rawValue]
    case .languages(let codes): categories = codes.map(\.rawValue)
    case .number, .text, .date: categories = []
    }
    for category in categories { answers[question, default: [:]][category, default: 0] += count }
  }
}

/// An interpreter to book: a language in a mode (either may be unrecorded).
public struct InterpreterBooking: Hashable, Sendable {
  /// The language, if recorded.
  public var language: LanguageCode?
  /// The mode, if recorded.
  public var mode: InterpreterMode?

  /// Creates a booking key.
  ///
  /// - Parameters:
  ///   - language: The language.
  ///   - mode: The mode.
  public init(language: LanguageCode?, mode: InterpreterMode?) {
    self.language = language
    self.mode = mode
  }

  /// The row key in the bookings table: `language/mode`, with `not-recorded` for a missing part.
  public var key: String {
    (language?.rawValue ?? CohortStatistics.notRecordedKey) + "/"
      + (mode?.rawValue ?? CohortStatistics.notRecordedKey)
  }
}
