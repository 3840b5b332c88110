import KartleggCore
import Testing

/// The demo's synthetic people, over 200 seeds: every intake they would store passes the
/// survey's own checks — the answers-file reader `intake --answers` uses (options, ranges,
/// relevance, constraints, warnings included) and the intake's flow (each answer checked given
/// the answers before it, required questions answered, nothing after the consent stop) — and
/// their interpreter is in a language they speak, never Norwegian.
@Suite struct SyntheticAnswersPropertyTests {
  static let seeds: [UInt64] = Array(1...200)
  static let perSeed = 10

  let survey: Survey
  let generator: SyntheticAnswers

  init() throws {
    survey = try Repository.standardSurvey()
    generator = SyntheticAnswers(survey: survey)
  }

  @Test func everyCompleteIntakePassesTheSurveysChecks() throws {
    let reader = AnswersFileReader(survey: survey)
    let assessor = Assessor(survey: survey)
    var people = 0
    for seed in Self.seeds {
      for person in generator.people(count: Self.perSeed, seed: seed) {
        people += 1
        let answers = person.answers
        let read = try reader.read(Array(AnswersJSON.file(answers).utf8), file: "seed-\(seed).json")
        #expect(read.answers == answers, "seed \(seed)")
        #expect(read.warnings.isEmpty, "seed \(seed): \(read.warnings.map(\.description))")
        #expect(flowProblems(answers).isEmpty, "seed \(seed): \(flowProblems(answers))")
        let assessment = assessor.assess(answers)
        #expect(
          assessment.completeness.isComplete,
          "seed \(seed): missing \(assessment.completeness.missingRequired)")
      }
    }
    #expect(people == Self.seeds.count * Self.perSeed)
  }

  @Test func everyUnfinishedIntakePassesTheChecksOfWhatItAnswered() throws {
    let reader = AnswersFileReader(survey: survey)
    for seed in Self.seeds {
      for person in generator.people(count: Self.perSeed, seed: seed, completeness: 0.5) {
        let read = try reader.read(Array(AnswersJSON.file(person.answers).utf8), file: "p.json")
        #expect(read.warnings.isEmpty, "seed \(seed)")
        #expect(flowProblems(person.answers).isEmpty, "seed \(seed)")
      }
    }
  }

  @Test func nothingIsAnsweredAfterTheConsentStop() {
    var stopped = 0
    for seed in Self.seeds {
      for person in generator.people(count: Self.perSeed, seed: seed)
      where person.answers["consent.informed"] == .choice("no") {
        stopped += 1
        #expect(person.answers.keys.map(\.rawValue) == ["consent.informed"], "seed \(seed)")
        #expect(IntakeFlow(survey: survey).stop(given: person.answers)?.status == .notInformed)
      }
    }
    // Early stops stay in the data but are rare.
    #expect(stopped > 0)
    #expect(stopped < Self.seeds.count * Self.perSeed / 5)
  }

  @Test func interpreterIsInALanguageThePersonSpeaksNeverNorwegian() throws {
    let assessor = Assessor(survey: survey)
    var interpreted = 0
    for seed in Self.seeds {
      for person in generator.people(count: Self.perSeed, seed: seed) {
        let answers = person.answers
        #expect(!["nb", "nn"].contains(person.language.rawValue))
        guard case .language(let wanted) = answers["interpreter.language"] else { continue }
        guard case .languages(let spoken) = answers["background.languages"] else {
          Issue.record("seed \(seed): an interpreter language without languages spoken")
          continue
        }
        #expect(spoken.contains(wanted), "seed \(seed): \(wanted) not in \(spoken)")
        #expect(wanted == person.language)
        let interpreter = assessor.assess(answers).interpreter
        if interpreter.need == .needed {
          interpreted += 1
          let language = try #require(interpreter.language)
          #expect(!["nb", "nn"].contains(language.rawValue), "seed \(seed)")
          #expect(survey.language(language)?.isInterpreterLanguage == true)
        }
      }
    }
    #expect(interpreted > 200)
  }

  @Test func sameSeedSamePeople() {
    #expect(generator.people(count: 20, seed: 7) == generator.people(count: 20, seed: 7))
    #expect(generator.people(count: 20, seed: 7) != generator.people(count: 20, seed: 8))
  }

  /// What the intake's flow would refuse or warn about, answering in survey order; and any
  /// answer to a question that does not apply.
  private func flowProblems(_ answers: AnswerSet) -> [String] {
    let flow = IntakeFlow(survey: survey)
    var problems: [String] = []
    var given: AnswerSet = [:]
    for (_, question) in flow.applying(given: answers) {
      guard let answer = answers[question.id] else { continue }
      if let problem = flow.problem(with: answer, for: question, given: given) {
        problems.append("\(question.id): \(problem)")
      }
      for warning in flow.warnings(with: answer, for: question, given: given) {
        problems.append("\(question.id): warning \(warning.message)")
      }
      given[question.id] = answer
    }
    problems += flow.stale(given: answers, skipped: []).map { "\($0): does not apply" }
    return problems
  }
}
