/// Makes plausible, clearly synthetic answer sets for a survey — for benchmarks, property tests
/// and `kartlegg demo`. Never real people.
///
/// Deterministic: the same seed gives the same answers. Questions are walked in order and only
/// those that apply are answered, so every set is one an intake could produce.
public struct SyntheticAnswers: Sendable {
  private let survey: Survey
  private let assessor: Assessor

  /// Creates a generator for a survey.
  ///
  /// - Parameter survey: The survey.
  public init(survey: Survey) {
    self.survey = survey
    self.assessor = Assessor(survey: survey)
  }

  /// A number of answer sets.
  ///
  /// Most people go through the whole survey: a set that answers less than half of what it
  /// could (an early "no" that closes the later sections) is drawn again, up to twice, so early
  /// stops stay in the data but are rare.
  ///
  /// - Parameters:
  ///   - count: How many.
  ///   - seed: The seed.
  ///   - completeness: The share of applicable questions answered, 0–1.
  /// - Returns: The answer sets.
  public func make(count: Int, seed: UInt64, completeness: Double = 1) -> [AnswerSet] {
    var random = SplitMix64(seed: seed)
    let questions = survey.sections.reduce(0) { $0 + $1.questions.count }
    let enough = Double(questions) * completeness / 2
    return (0..<count).map { _ in
      var answers = one(&random, completeness: completeness)
      for _ in 0..<2 where Double(answers.count) < enough {
        answers = one(&random, completeness: completeness)
      }
      return answers
    }
  }

  private func one(_ random: inout SplitMix64, completeness: Double) -> AnswerSet {
    // A participant has an underlying skill 0–3 that their skill answers cluster around.
    let skill = random.next(upTo: 4)
    var answers: AnswerSet = [:]
    for section in survey.sections {
      for question in section.questions where assessor.applies(question, in: section, answers) {
        guard random.unit() < completeness || question.isRequired && completeness >= 1 else {
          continue
        }
        if let answer = answer(question, skill: skill, &random) { answers[question.id] = answer }
      }
    }
    return answers
  }

  private func answer(_ question: Question, skill: Int, _ random: inout SplitMix64) -> Answer? {
    switch question.kind {
    case .singleChoice(let options):
      guard !options.isEmpty else { return nil }
      let scored = options.contains { !$0.points.isEmpty }
      let index =
        scored
        ? min(options.count - 1, max(0, skill + random.next(upTo: 3) - 1))
        : random.next(upTo: options.count)
      return .choice(options[index].value)
    case .multipleChoice(let options, let maxSelections):
      let open = options.filter { !$0.isExclusive }
      var chosen = Set<OptionValue>()
      for option in open where random.next(upTo: 3) == 0 { chosen.insert(option.value) }
      if let maxSelections { chosen = Set(chosen.sorted().prefix(maxSelections)) }
      if chosen.isEmpty, let exclusive = options.first(where: \.isExclusive) {
        chosen = [exclusive.value]
      } else if chosen.isEmpty, let first = open.first {
        chosen = [first.value]
      }
      return .choices(chosen)
    case .number(let range):
      let span = max(0, min(range.maximum, range.minimum + 20) - range.minimum)
      let value = range.minimum + Double(random.next(upTo: Int(span) + 1))
      return .number(value)
    case .text: return nil
    case .date(let range): return range.earliest.map { .date($0) }
    case .language(let multiple):
      let isInterpreter = question.id == survey.interpreter.languageQuestion
      let codes = survey.languages.filter { !isInterpreter || $0.isInterpreterLanguage }.map(\.code)
      guard !codes.isEmpty else { return nil }
      let code = codes[random.next(upTo: min(12, codes.count))]
      return multiple ? .languages([code]) : .language(code)
    }
  }
}
