/// What kartlegg concludes about one participant, with the reasons for every part.
public struct Assessment: Hashable, Sendable {
  /// The score and level per dimension, in the survey's order.
  public var dimensions: [DimensionScore]
  /// The overall score and level.
  public var overall: OverallScore
  /// The flags raised, in the survey's order.
  public var flags: [FlagID]
  /// The recommended contact channels.
  public var channel: ChannelRecommendation
  /// The recommended interpreter arrangement.
  public var interpreter: InterpreterRecommendation
  /// How much of the intake was answered.
  public var completeness: Completeness

  /// Creates an assessment.
  ///
  /// - Parameters:
  ///   - dimensions: Scores per dimension.
  ///   - overall: The overall score.
  ///   - flags: The flags raised.
  ///   - channel: The channel recommendation.
  ///   - interpreter: The interpreter recommendation.
  ///   - completeness: How much was answered.
  public init(
    dimensions: [DimensionScore], overall: OverallScore, flags: [FlagID],
    channel: ChannelRecommendation, interpreter: InterpreterRecommendation,
    completeness: Completeness
  ) {
    self.dimensions = dimensions
    self.overall = overall
    self.flags = flags
    self.channel = channel
    self.interpreter = interpreter
    self.completeness = completeness
  }
}

/// How much of an intake was answered.
public struct Completeness: Hashable, Sendable {
  /// Questions that apply (their conditions hold) and were answered.
  public var answered: Int
  /// Questions that apply.
  public var relevant: Int
  /// Required questions that apply but have no answer.
  public var missingRequired: [QuestionID]

  /// Creates a completeness record.
  ///
  /// - Parameters:
  ///   - answered: Questions that apply and were answered.
  ///   - relevant: Questions that apply.
  ///   - missingRequired: Required questions without an answer.
  public init(answered: Int, relevant: Int, missingRequired: [QuestionID]) {
    self.answered = answered
    self.relevant = relevant
    self.missingRequired = missingRequired
  }

  /// Whether every required question that applies has an answer.
  public var isComplete: Bool { missingRequired.isEmpty }

  /// Answered share of the questions that apply, 0–1.
  public var fraction: Double { relevant == 0 ? 1 : Double(answered) / Double(relevant) }
}

/// One answer's contribution to a dimension's score.
public struct Contribution: Hashable, Sendable {
  /// The question answered.
  public var question: QuestionID
  /// The options chosen.
  public var options: [OptionValue]
  /// The points they gave to the dimension.
  public var points: Int
  /// The most points the question could have given.
  public var maximum: Int

  /// Creates a contribution.
  ///
  /// - Parameters:
  ///   - question: The question answered.
  ///   - options: The options chosen.
  ///   - points: The points given.
  ///   - maximum: The most points possible.
  public init(question: QuestionID, options: [OptionValue], points: Int, maximum: Int) {
    self.question = question
    self.options = options
    self.points = points
    self.maximum = maximum
  }
}

/// A dimension's score and level.
public struct DimensionScore: Hashable, Sendable {
  /// The dimension.
  public var dimension: DimensionID
  /// Points given by the answers (the sum of the contributions).
  public var points: Int
  /// The most points the answered questions could have given.
  public var maximum: Int
  /// The most points all questions that apply could give, answered or not.
  public var possibleMaximum: Int
  /// The answers that gave points, in question order.
  public var contributions: [Contribution]
  /// The level decision.
  public var decision: LevelDecision

  /// Creates a dimension score.
  ///
  /// - Parameters:
  ///   - dimension: The dimension.
  ///   - points: Points given.
  ///   - maximum: Most points of the answered questions.
  ///   - possibleMaximum: Most points of all questions that apply.
  ///   - contributions: The contributing answers.
  ///   - decision: The level decision.
  public init(
    dimension: DimensionID, points: Int, maximum: Int, possibleMaximum: Int,
    contributions: [Contribution], decision: LevelDecision
  ) {
    self.dimension = dimension
    self.points = points
    self.maximum = maximum
    self.possibleMaximum = possibleMaximum
    self.contributions = contributions
    self.decision = decision
  }

  /// `points / maximum` as a percentage, or `nil` when no scored question was answered.
  public var percentage: Double? {
    maximum > 0 ? Double(points) / Double(maximum) * 100 : nil
  }

  /// The share of this dimension's possible points that was asked and answered, 0–1.
  public var completeness: Double {
    possibleMaximum > 0 ? Double(maximum) / Double(possibleMaximum) : 1
  }
}

/// The overall score: the weighted mean of the dimension percentages.
public struct OverallScore: Hashable, Sendable {
  /// The weighted mean percentage, or `nil` when no dimension has a score.
  public var percentage: Double?
  /// The weight each scored dimension had.
  public var weights: [DimensionID: Int]
  /// The level decision.
  public var decision: LevelDecision

  /// Creates an overall score.
  ///
  /// - Parameters:
  ///   - percentage: The weighted mean percentage.
  ///   - weights: The weights used.
  ///   - decision: The level decision.
  public init(percentage: Double?, weights: [DimensionID: Int], decision: LevelDecision) {
    self.percentage = percentage
    self.weights = weights
    self.decision = decision
  }
}

/// How a level was decided: the band the score fell in, then any gates that capped it.
public struct LevelDecision: Hashable, Sendable {
  /// The band the whole-number percentage fell in.
  public var band: LevelBand?
  /// The gates whose conditions held, in the survey's order.
  public var gates: [RuleID]
  /// The level after gates, or `nil` when there is no score.
  public var level: LevelID?
  /// Whether the level rests on an incomplete intake and may change.
  public var isProvisional: Bool

  /// Creates a decision.
  ///
  /// - Parameters:
  ///   - band: The band the score fell in.
  ///   - gates: The gates that held.
  ///   - level: The level after gates.
  ///   - isProvisional: Whether it rests on an incomplete intake.
  public init(band: LevelBand?, gates: [RuleID], level: LevelID?, isProvisional: Bool) {
    self.band = band
    self.gates = gates
    self.level = level
    self.isProvisional = isProvisional
  }
}
