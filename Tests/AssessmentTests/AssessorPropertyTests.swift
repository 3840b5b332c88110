import KartleggCore
import Testing

/// Properties of the assessment over 600 random complete intakes of the standard survey, the
/// same on every run (SplitMix64, seed 2026).
@Suite struct AssessorPropertyTests {
  static let count = 600

  let survey: Survey
  let assessor: Assessor
  let intakes: [AnswerSet]

  init() throws {
    survey = try Repository.standardSurvey()
    assessor = Assessor(survey: survey)
    let generator = AnswerGenerator(survey: survey)
    var random = SplitMix64(seed: 2026)
    intakes = (0..<Self.count).map { _ in generator.answers(using: &random) }
  }

  /// The rank of a level in the survey's order; no level ranks lowest.
  func rank(_ level: LevelID?) -> Int {
    level.flatMap { level in survey.levels.firstIndex { $0.id == level } } ?? -1
  }

  @Test func generatesValidCompleteIntakes() throws {
    let consented = intakes.filter { $0["consent.informed"] == .choice("yes") }
    #expect(consented.count >= 500)
    let reader = AnswersFileReader(survey: survey)
    var levels: Set<LevelID?> = []
    for answers in intakes {
      let read = try reader.read(Array(AnswersJSON.file(answers).utf8), file: "generated.json")
      #expect(read.answers == answers)
      let assessment = assessor.assess(answers)
      #expect(assessment.completeness.isComplete)
      #expect(!assessment.overall.decision.isProvisional)
      levels.insert(assessment.overall.decision.level)
    }
    #expect(levels == [nil, .beginner, .some, .experienced])
  }

  @Test func betterSkillAnswerNeverLowersALevel() {
    let skills = survey.questions.filter { $0.options.map(\.value) == StandardAnswers.scale }
    #expect(skills.map(\.id) == StandardAnswers.skills)
    var raised = 0
    for answers in intakes {
      let before = assessor.assess(answers)
      for skill in skills {
        guard case .choice(let value) = answers[skill.id],
          let position = StandardAnswers.scale.firstIndex(of: value)
        else { continue }
        for better in StandardAnswers.scale.dropFirst(position + 1) {
          var improved = answers
          improved[skill.id] = .choice(better)
          let after = assessor.assess(improved)
          raised += 1
          for (old, new) in zip(before.dimensions, after.dimensions) {
            #expect(
              rank(new.decision.level) >= rank(old.decision.level),
              "\(skill.id) \(value) → \(better) lowered \(old.dimension)")
          }
          #expect(
            rank(after.overall.decision.level) >= rank(before.overall.decision.level),
            "\(skill.id) \(value) → \(better) lowered the overall level")
          #expect((after.overall.percentage ?? 0) >= (before.overall.percentage ?? 0))
        }
      }
    }
    #expect(raised > 5000)
  }

  @Test func insertionOrderNeverChangesTheResult() {
    var random = SplitMix64(seed: 7)
    for answers in intakes {
      let expected = assessor.assess(answers)
      for _ in 0..<3 {
        var shuffled = AnswerSet(minimumCapacity: Int.random(in: 0...96, using: &random))
        for (question, answer) in answers.shuffled(using: &random) {
          shuffled[question] = answer
        }
        #expect(assessor.assess(shuffled) == expected)
      }
    }
  }

  @Test func contributionsAddUpToPointsAndMaximum() {
    for answers in intakes {
      for score in assessor.assess(answers).dimensions {
        #expect(score.points == score.contributions.reduce(0) { $0 + $1.points })
        #expect(score.maximum == score.contributions.reduce(0) { $0 + $1.maximum })
        #expect(score.maximum <= score.possibleMaximum)
        #expect(score.contributions.allSatisfy { 0 <= $0.points && $0.points <= $0.maximum })
      }
    }
  }

  @Test func percentagesStayWithinZeroToHundred() {
    for answers in intakes {
      let assessment = assessor.assess(answers)
      let percentages = assessment.dimensions.map(\.percentage) + [assessment.overall.percentage]
      for percentage in percentages.compactMap({ $0 }) {
        #expect((0...100).contains(percentage))
      }
      let consented = answers["consent.informed"] == .choice("yes")
      // All ten skills are required once consent is given, so every dimension has a score.
      #expect(assessment.dimensions.allSatisfy { ($0.percentage != nil) == consented })
      #expect((assessment.overall.percentage != nil) == consented)
    }
  }
}
