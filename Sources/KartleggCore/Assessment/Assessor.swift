/// Scores one participant's answers under a survey: levels, flags and recommendations.
///
/// The scoring model (documented in `docs/assessment.md`):
/// - Only questions whose conditions hold count; answers to other questions are ignored.
/// - A dimension's percentage is the points the answers gave divided by the most points the
///   *answered* questions could give — so an unanswered question neither lowers nor raises the
///   score. LimeSurvey counts it as 0, which makes a half-finished intake look like a beginner.
/// - Completeness (the share of possible points that was asked and answered) is reported beside
///   every score; a level resting on an incomplete intake is marked provisional.
/// - The whole-number part of the percentage picks the band (inclusive bounds); then every gate
///   whose condition holds caps the level.
/// - The overall percentage is the weighted mean of the scored dimensions.
public struct Assessor: Sendable {
  private let survey: Survey
  private let evaluator: ExpressionEvaluator
  private let rank: [LevelID: Int]
  private let questions: [AskedQuestion]
  private let position: [QuestionID: Int]
  private let compiled: CompiledRules

  /// A question with what scoring needs of it, prepared once.
  private struct AskedQuestion {
    var id: QuestionID
    var isRequired: Bool
    var optionValues: [OptionValue]
    var slot: Int
    var conditions: [CompiledCondition]
    var scoring: [DimensionScoring]
  }

  /// What one question can give one dimension: points per option position, and the most.
  private struct DimensionScoring {
    var dimension: Int
    var maximum: Int
    var points: [Int]
  }

  /// Every rule's condition, compiled once, in the survey's order.
  private struct CompiledRules {
    var dimensionGates: [[CompiledCondition]]
    var overallGates: [CompiledCondition]
    var flags: [CompiledCondition]
    var channels: [CompiledCondition]
    var needs: [CompiledCondition]
    var modes: [CompiledCondition]
  }

  /// Prepares to assess participants under a survey.
  ///
  /// - Parameter survey: A survey that passed `SurveyValidator`.
  public init(survey: Survey) {
    self.survey = survey
    let evaluator = ExpressionEvaluator(survey: survey)
    self.evaluator = evaluator
    var rank: [LevelID: Int] = [:]
    for (index, level) in survey.levels.enumerated() { rank[level.id] = index }
    self.rank = rank
    func compile(_ condition: Condition) -> CompiledCondition {
      evaluator.compile(condition.expression)
    }
    let dimensionIndex = Dictionary(survey.dimensions.enumerated().map { ($1.id, $0) }) { a, _ in a
    }
    self.questions = survey.sections.flatMap { section in
      section.questions.compactMap { question in
        guard let slot = evaluator.slot(of: question.id) else { return nil }
        let scoring = Self.maxima(of: question).compactMap {
          dimension, maximum -> DimensionScoring? in
          guard let index = dimensionIndex[dimension] else { return nil }
          let points = question.options.map { option in
            option.points.filter { $0.dimension == dimension }.reduce(0) { $0 + $1.points }
          }
          return DimensionScoring(dimension: index, maximum: maximum, points: points)
        }.sorted { $0.dimension < $1.dimension }
        return AskedQuestion(
          id: question.id, isRequired: question.isRequired,
          optionValues: question.options.map(\.value), slot: slot,
          conditions: [section.relevance, question.relevance].compactMap { $0 }.map(compile),
          scoring: scoring)
      }
    }
    self.position = Dictionary(questions.enumerated().map { ($1.id, $0) }) { first, _ in
      first
    }
    self.compiled = CompiledRules(
      dimensionGates: survey.dimensions.map { $0.gates.map { compile($0.condition) } },
      overallGates: survey.overall.gates.map { compile($0.condition) },
      flags: survey.flags.map { compile($0.condition) },
      channels: survey.channels.rules.map { compile($0.condition) },
      needs: survey.interpreter.needRules.map { compile($0.condition) },
      modes: survey.interpreter.modeRules.map { compile($0.condition) })
  }

  /// Assesses one participant.
  ///
  /// - Parameter answers: The participant's answers.
  /// - Returns: Levels, flags, recommendations and the reasons for each.
  /// - Complexity: O(q + r) condition evaluations for q questions and r rules.
  public func assess(_ answers: AnswerSet) -> Assessment {
    let indexed = evaluator.index(answers)
    var tallies = [DimensionTally](repeating: DimensionTally(), count: survey.dimensions.count)
    var answered = 0
    var relevant = 0
    var missingRequired: [QuestionID] = []
    for asked in questions {
      guard asked.conditions.allSatisfy({ evaluator.truth(of: $0, in: indexed) == true }) else {
        continue
      }
      relevant += 1
      guard let value = indexed.slots[asked.slot] else {
        if asked.isRequired { missingRequired.append(asked.id) }
        for scoring in asked.scoring { tallies[scoring.dimension].possible += scoring.maximum }
        continue
      }
      answered += 1
      guard !asked.scoring.isEmpty else { continue }
      let chosen: [Int]
      switch value {
      case .index(let position): chosen = [position]
      case .indices(let positions): chosen = positions.sorted()
      default: chosen = []
      }
      let options = asked.optionValues
      let values = chosen.filter { options.indices.contains($0) }.map { options[$0] }
      for scoring in asked.scoring {
        let points = chosen.reduce(0) {
          $0 + (scoring.points.indices.contains($1) ? scoring.points[$1] : 0)
        }
        tallies[scoring.dimension].add(
          Contribution(
            question: asked.id, options: values, points: points,
            maximum: scoring.maximum))
      }
    }
    let completeness = Completeness(
      answered: answered, relevant: relevant, missingRequired: missingRequired)
    let dimensions = survey.dimensions.enumerated().map { position, dimension in
      let tally = tallies[position]
      let score = DimensionScore(
        dimension: dimension.id, points: tally.points, maximum: tally.maximum,
        possibleMaximum: tally.maximum + tally.possible, contributions: tally.contributions,
        decision: LevelDecision(band: nil, gates: [], level: nil, isProvisional: false))
      var result = score
      result.decision = decide(
        score.percentage, bands: dimension.bands, gates: dimension.gates,
        compiled.dimensionGates[position], indexed, isProvisional: tally.possible > 0)
      return result
    }
    let flags = zip(survey.flags, compiled.flags).filter {
      evaluator.truth(of: $1, in: indexed) == true
    }
    return Assessment(
      dimensions: dimensions, overall: overall(dimensions, indexed, completeness: completeness),
      flags: flags.map(\.0.id), channel: channel(indexed),
      interpreter: interpreter(answers, indexed),
      completeness: completeness)
  }

  /// Whether a question applies: its section's and its own conditions hold.
  ///
  /// - Parameters:
  ///   - question: The question.
  ///   - section: Its section.
  ///   - answers: The answers so far.
  /// - Returns: Whether it should be asked.
  public func applies(_ question: Question, in section: Section, _ answers: AnswerSet) -> Bool {
    guard let asked = position[question.id], !questions[asked].conditions.isEmpty else {
      return true
    }
    return applies(question, given: index(answers))
  }

  /// Whether a question applies, given answers indexed once (``index(_:)``, grown by
  /// ``record(_:for:in:)`` as a walk through the survey goes), not at every question.
  ///
  /// - Parameters:
  ///   - question: The question.
  ///   - answers: The answers so far, indexed.
  /// - Returns: Whether it should be asked.
  func applies(_ question: Question, given answers: IndexedAnswers) -> Bool {
    guard let index = position[question.id] else { return true }
    return questions[index].conditions.allSatisfy { evaluator.truth(of: $0, in: answers) == true }
  }

  /// Answers indexed for ``applies(_:given:)``.
  ///
  /// - Parameter answers: The answers.
  /// - Returns: The answers by question slot.
  func index(_ answers: AnswerSet) -> IndexedAnswers { evaluator.index(answers) }

  /// Adds one answer to indexed answers.
  ///
  /// - Parameters:
  ///   - answer: The answer.
  ///   - question: The question it answers.
  ///   - answers: The indexed answers.
  func record(_ answer: Answer, for question: QuestionID, in answers: inout IndexedAnswers) {
    evaluator.record(answer, for: question, in: &answers)
  }

  private func overall(
    _ dimensions: [DimensionScore], _ answers: IndexedAnswers, completeness: Completeness
  ) -> OverallScore {
    var weights: [DimensionID: Int] = [:]
    var weighted = 0.0
    var total = 0
    for score in dimensions {
      guard let percentage = score.percentage else { continue }
      let weight = survey.overall.weight(of: score.dimension)
      weights[score.dimension] = weight
      weighted += percentage * Double(weight)
      total += weight
    }
    let percentage = total > 0 ? weighted / Double(total) : nil
    let isProvisional =
      !completeness.isComplete || dimensions.contains { $0.decision.isProvisional }
    return OverallScore(
      percentage: percentage, weights: weights,
      decision: decide(
        percentage, bands: survey.overall.bands, gates: survey.overall.gates,
        compiled.overallGates, answers, isProvisional: isProvisional))
  }

  private func decide(
    _ percentage: Double?, bands: [LevelBand], gates: [Gate], _ conditions: [CompiledCondition],
    _ answers: IndexedAnswers, isProvisional: Bool
  ) -> LevelDecision {
    let held = zip(gates, conditions).filter { evaluator.truth(of: $1, in: answers) == true }.map(
      \.0)
    guard let percentage else {
      return LevelDecision(
        band: nil, gates: held.map(\.id), level: nil, isProvisional: isProvisional)
    }
    // Division can land a hair under a whole number (29/50 → 57.99999…); the epsilon keeps
    // such a score in the band its exact value belongs to.
    let whole = Int((percentage + 1e-9).rounded(.down))
    let band = bands.first { $0.contains(whole) }
    var level = band?.level
    for gate in held {
      if let current = level, let capRank = rank[gate.cap], let currentRank = rank[current],
        capRank < currentRank
      {
        level = gate.cap
      }
    }
    return LevelDecision(
      band: band, gates: held.map(\.id), level: level, isProvisional: isProvisional)
  }

  /// The channel recommendation alone, as ``assess(_:)`` gives it, without scoring the levels:
  /// what grouping needs from each member of a cohort.
  ///
  /// - Parameter answers: The participant's answers.
  /// - Returns: The channels that reach the participant, primary and fallback first.
  public func channels(for answers: AnswerSet) -> ChannelRecommendation {
    channel(evaluator.index(answers))
  }

  private func channel(_ answers: IndexedAnswers) -> ChannelRecommendation {
    var primary: ChannelChoice?
    var fallback: ChannelChoice?
    var reachable: [ChannelID] = []
    for (rule, condition) in zip(survey.channels.rules, compiled.channels)
    where evaluator.truth(of: condition, in: answers) == true {
      if !reachable.contains(rule.channel) { reachable.append(rule.channel) }
      if primary == nil {
        primary = ChannelChoice(channel: rule.channel, rule: rule.id)
      } else if fallback == nil, primary?.channel != rule.channel {
        fallback = ChannelChoice(channel: rule.channel, rule: rule.id)
      }
    }
    return ChannelRecommendation(primary: primary, fallback: fallback, reachable: reachable)
  }

  private func interpreter(_ answers: AnswerSet, _ indexed: IndexedAnswers)
    -> InterpreterRecommendation
  {
    let policy = survey.interpreter
    let needRule = zip(policy.needRules, compiled.needs)
      .first { evaluator.truth(of: $1, in: indexed) == true }?.0
    let need = needRule?.need ?? .assess
    var language: LanguageCode?
    if case .language(let code) = answers[policy.languageQuestion] { language = code }
    var dialect: String?
    if let question = policy.dialectQuestion, case .text(let text) = answers[question],
      !text.isEmpty
    {
      dialect = text
    }
    let modeRule =
      need == .notNeeded
      ? nil
      : zip(policy.modeRules, compiled.modes).first {
        evaluator.truth(of: $1, in: indexed) == true
      }?.0
    return InterpreterRecommendation(
      need: need, needRule: needRule?.id, language: language, dialect: dialect,
      mode: modeRule?.mode, modeRule: modeRule?.id)
  }

  private struct DimensionTally {
    var points = 0
    var maximum = 0
    var possible = 0
    var contributions: [Contribution] = []

    mutating func add(_ contribution: Contribution) {
      points += contribution.points
      maximum += contribution.maximum
      contributions.append(contribution)
    }
  }
}
