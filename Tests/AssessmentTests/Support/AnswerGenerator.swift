import KartleggCore

/// Random complete answer sets for a survey: walks the questions in order, answers each one that
/// applies given the answers so far (every required one, three in four optional ones), and keeps
/// every answer within its question's options, range, length and constraints.
struct AnswerGenerator {
  let survey: Survey
  private let assessor: Assessor
  private let evaluator: ExpressionEvaluator

  init(survey: Survey) {
    self.survey = survey
    self.assessor = Assessor(survey: survey)
    self.evaluator = ExpressionEvaluator(survey: survey)
  }

  /// One participant's answers.
  func answers(using random: inout SplitMix64) -> AnswerSet {
    var answers: AnswerSet = [:]
    for section in survey.sections {
      for question in section.questions where assessor.applies(question, in: section, answers) {
        if !question.isRequired, random.next() % 4 == 0 { continue }
        for _ in 0..<50 {
          let answer = self.answer(to: question, using: &random)
          let broken = question.constraints.contains {
            evaluator.truth(
              of: $0.test.expression, answers: answers, currentAnswer: (question.id, answer))
              == false
          }
          if !broken {
            answers[question.id] = answer
            break
          }
        }
      }
    }
    return answers
  }

  private func answer(to question: Question, using random: inout SplitMix64) -> Answer {
    switch question.kind {
    case .singleChoice(let options):
      // Nearly everyone consents; otherwise half the sets would stop at the first question.
      if question.id == "consent.informed" {
        return .choice(random.next() % 20 == 0 ? "no" : "yes")
      }
      return .choice(options[Int(random.next() % UInt64(options.count))].value)
    case .multipleChoice(let options, let maxSelections):
      let exclusive = options.filter(\.isExclusive)
      if let only = exclusive.randomElement(using: &random), random.next() % 8 == 0 {
        return .choices([only.value])
      }
      let others = options.filter { !$0.isExclusive }.shuffled(using: &random)
      let count = Int.random(
        in: 1...min(others.count, maxSelections ?? others.count), using: &random)
      return .choices(Set(others.prefix(count).map(\.value)))
    case .number(let range):
      if range.isInteger {
        return .number(
          Double(Int.random(in: Int(range.minimum)...Int(range.maximum), using: &random)))
      }
      return .number(Double.random(in: range.minimum...range.maximum, using: &random))
    case .text(let maxLength):
      let letters = Array("abcdefghijklmnopqrstuvwxyz ")
      let length = Int.random(in: 1...min(maxLength, 24), using: &random)
      return .text(String((0..<length).map { _ in letters.randomElement(using: &random) ?? "a" }))
    case .date(let range):
      guard let date = range.earliest ?? range.latest ?? CalendarDate(iso: "2024-09-01") else {
        preconditionFailure("2024-09-01 is a date")
      }
      return .date(date)
    case .language(let multiple):
      let isInterpreter = question.id == survey.interpreter.languageQuestion
      let codes = survey.languages.filter { !isInterpreter || $0.isInterpreterLanguage }.map(\.code)
        .shuffled(using: &random)
      if multiple {
        return .languages(Set(codes.prefix(Int.random(in: 1...3, using: &random))))
      }
      return .language(codes[0])
    }
  }
}
