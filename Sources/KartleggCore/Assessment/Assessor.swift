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
  private let scoredQuestions: [(question: Question, section: Section, maxima: [DimensionID: Int])]

  /// Prepares to assess participants under a survey.
  ///
  /// - Parameter survey: A survey that passed `SurveyValidator`.
  public init(survey: Survey) {
    self.survey = survey
    self.evaluator = ExpressionEvaluator(questions: survey.questions)
    var rank: [LevelID: Int] = [:]
    for (index, level) in survey.levels.enumerated() { rank[level.id] = index }
    self.rank = rank
    self.scoredQuestions = survey.sections.flatMap { section in
      section.questions.map { ($0, section, Self.maxima(of: $0)) }
    }
  }

  /// Assesses one participant.
  ///
  /// - Parameter answers: The participant's answers.
  /// - Returns: Levels, flags, recommendations and the reasons for each.
  /// - Complexity: O(q + r) condition evaluations for q questions and r rules.
  public func assess(_ answers: AnswerSet) -> Assessment {
    var scores: [DimensionID: DimensionTally] = [:]
    var answered = 0
    var relevant = 0
    var missingRequired: [QuestionID] = []
    for (question, section, maxima) in scoredQuestions {
      guard applies(question, in: section, answers) else { continue }
      relevant += 1
      guard let answer = answers[question.id] else {
        if question.isRequired { missingRequired.append(question.id) }
        for (dimension, maximum) in maxima { scores[dimension, default: .init()].possible += maximum }
        continue
      }
      answered += 1
      let chosen = Self.chosenOptions(answer, of: question)
      for (dimension, maximum) in maxima {
        let points = chosen.reduce(0) { sum, option in
          sum + option.points.filter { $0.dimension == dimension }.reduce(0) { $0 + $1.points }
        }
        scores[dimension, default: .init()].add(
          Contribution(
            question: question.id, options: chosen.map(\.value), points: points, maximum: maximum))
      }
    }
    let completeness = Completeness(
      answered: answered, relevant: relevant, missingRequired: missingRequired)
    let dimensions = survey.dimensions.map { dimension in
      let tally = scores[dimension.id] ?? .init()
      let score = DimensionScore(
        dimension: dimension.id, points: tally.points, maximum: tally.maximum,
        possibleMaximum: tally.maximum + tally.possible, contributions: tally.contributions,
        decision: LevelDecision(band: nil, gates: [], level: nil, isProvisional: false))
      var result = score
      result.decision = decide(
        score.percentage, bands: dimension.bands, gates: dimension.gates, answers,
        isProvisional: tally.possible > 0)
      return result
    }
    return Assessment(
      dimensions: dimensions, overall: overall(dimensions, answers, completeness: completeness),
      flags: survey.flags.filter { evaluator.holds($0.condition.expression, answers: answers) }
        .map(\.id),
      channel: channel(answers), interpreter: interpreter(answers), completeness: completeness)
  }

  /// Whether a question applies: its section's and its own conditions hold.
  ///
  /// - Parameters:
  ///   - question: The question.
  ///   - section: Its section.
  ///   - answers: The answers so far.
  /// - Returns: Whether it should be asked.
  public func applies(_ question: Question, in section: Section, _ answers: AnswerSet) -> Bool {
    for condition in [section.relevance, question.relevance].compactMap({ $0 })
    where !evaluator.holds(condition.expression, answers: answers) {
      return false
    }
    return true
  }

  private func overall(
    _ dimensions: [DimensionScore], _ answers: AnswerSet, completeness: Completeness
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
        percentage, bands: survey.overall.bands, gates: survey.overall.gates, answers,
        isProvisional: isProvisional))
  }

  private func decide(
    _ percentage: Double?, bands: [LevelBand], gates: [Gate], _ answers: AnswerSet,
    isProvisional: Bool
  ) -> LevelDecision {
    let held = gates.filter { evaluator.holds($0.condition.expression, answers: answers) }
    guard let percentage else {
      return LevelDecision(band: nil, gates: held.map(\.id), level: nil, isProvisional: isProvisional)
    }
    let whole = Int(percentage.rounded(.down))
    let band = bands.first { $0.contains(whole) }
    var level = band?.level
    for gate in held {
      if let current = level, let capRank = rank[gate.cap], let currentRank = rank[current],
        capRank < currentRank
      {
        level = gate.cap
      }
    }
    return LevelDecision(band: band, gates: held.map(\.id), level: level, isProvisional: isProvisional)
  }

  private func channel(_ answers: AnswerSet) -> ChannelRecommendation {
    var primary: ChannelChoice?
    var fallback: ChannelChoice?
    var reachable: [ChannelID] = []
    for rule in survey.channels.rules where evaluator.holds(rule.condition.expression, answers: answers) {
      if !reachable.contains(rule.channel) { reachable.append(rule.channel) }
      if primary == nil {
        primary = ChannelChoice(channel: rule.channel, rule: rule.id)
      } else if fallback == nil, primary?.channel != rule.channel {
        fallback = ChannelChoice(channel: rule.channel, rule: rule.id)
      }
    }
    return ChannelRecommendation(primary: primary, fallback: fallback, reachable: reachable)
  }

  private func interpreter(_ answers: AnswerSet) -> InterpreterRecommendation {
    let policy = survey.interpreter
    let needRule = policy.needRules.first { evaluator.holds($0.condition.expression, answers: answers) }
    let need = needRule?.need ?? .assess
    var language: LanguageCode?
    if case .language(let code) = answers[policy.languageQuestion] { language = code }
    var dialect: String?
    if let question = policy.dialectQuestion, case .text(let text) = answers[question], !text.isEmpty {
      dialect = text
    }
    let modeRule =
      need == .notNeeded
      ? nil : policy.modeRules.first { evaluator.holds($0.condition.expression, answers: answers) }
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
