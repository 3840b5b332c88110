/// Makes plausible, clearly synthetic answer sets for a survey — for benchmarks, property tests
/// and `kartlegg demo`. Never real people.
///
/// Deterministic: the same seed gives the same answers. Questions are walked in order and only
/// those that apply are answered, each answer checked the way the intake checks it (its
/// question's options, ranges and constraints, warnings included, given the answers before
/// it), and nothing after a stop (`<stop>`) that holds, so every set is one an intake could
/// store without a warning. Each synthetic person has one first language, an interpreter
/// language where the survey allows one: every language question is answered with it
/// (several-language questions add another now and then), so the interpreter a person gets is in
/// a language they speak, never Norwegian.
public struct SyntheticAnswers: Sendable {
  /// One synthetic person: their first language and their answers.
  public struct Person: Hashable, Sendable {
    /// The language they speak best, the one any interpreter is booked in.
    public var language: LanguageCode
    /// Their answers.
    public var answers: AnswerSet
  }

  private let survey: Survey
  private let flow: IntakeFlow
  private let assessor: Assessor
  private let firstLanguages: [LanguageCode]

  /// Creates a generator for a survey.
  ///
  /// - Parameter survey: The survey.
  public init(survey: Survey) {
    self.survey = survey
    self.flow = IntakeFlow(survey: survey)
    self.assessor = Assessor(survey: survey)
    let interpreted = survey.languages.filter {
      $0.isInterpreterLanguage && $0.code != survey.sourceLanguage
    }.map(\.code)
    self.firstLanguages = Array(
      (interpreted.isEmpty ? [survey.sourceLanguage] : interpreted).prefix(12))
  }

  /// A number of answer sets.
  ///
  /// - Parameters:
  ///   - count: How many.
  ///   - seed: The seed.
  ///   - completeness: The share of applicable questions answered, 0–1.
  /// - Returns: The answer sets.
  public func make(count: Int, seed: UInt64, completeness: Double = 1) -> [AnswerSet] {
    people(count: count, seed: seed, completeness: completeness).map(\.answers)
  }

  /// A number of synthetic people.
  ///
  /// Most people go through the whole survey: a set that answers less than half of what it
  /// could (an early "no" that closes the later sections) is drawn again, up to twice, so early
  /// stops stay in the data but are rare.
  ///
  /// - Parameters:
  ///   - count: How many.
  ///   - seed: The seed.
  ///   - completeness: The share of applicable questions answered, 0–1.
  /// - Returns: The people.
  public func people(count: Int, seed: UInt64, completeness: Double = 1) -> [Person] {
    var random = SplitMix64(seed: seed)
    let questions = survey.sections.reduce(0) { $0 + $1.questions.count }
    let enough = Double(questions) * completeness / 2
    return (0..<count).map { _ in
      var person = one(&random, completeness: completeness)
      for _ in 0..<2 where Double(person.answers.count) < enough {
        person = one(&random, completeness: completeness)
      }
      return person
    }
  }

  private func one(_ random: inout SplitMix64, completeness: Double) -> Person {
    // A participant has an underlying skill 0–3 that their skill answers cluster around.
    let skill = random.next(upTo: 4)
    let language = firstLanguages[random.next(upTo: firstLanguages.count)]
    var answers: AnswerSet = [:]
    var indexed = assessor.index([:])
    for section in survey.sections {
      for question in section.questions where assessor.applies(question, given: indexed) {
        guard random.unit() < completeness || question.isRequired && completeness >= 1 else {
          continue
        }
        if let answer = fitting(
          question, given: answers, skill: skill, language: language, &random)
        {
          answers[question.id] = answer
          assessor.record(answer, for: question.id, in: &indexed)
        }
      }
      // A stop ends the intake, as it ends the conversation.
      if !section.stops.isEmpty, flow.stop(given: answers) != nil { break }
    }
    return Person(language: language, answers: answers)
  }

  /// An answer the intake would take without an error or a warning: drawn a few times, then
  /// every option in turn; `nil` when none fits.
  private func fitting(
    _ question: Question, given answers: AnswerSet, skill: Int, language: LanguageCode,
    _ random: inout SplitMix64
  ) -> Answer? {
    func fits(_ answer: Answer) -> Bool {
      flow.problem(with: answer, for: question, given: answers) == nil
        && flow.warnings(with: answer, for: question, given: answers).isEmpty
    }
    for _ in 0..<8 {
      guard
        let answer = self.answer(question, skill: skill, language: language, &random)
      else { return nil }
      if fits(answer) { return answer }
    }
    return alternatives(question).first(where: fits)
  }

  /// Every single answer a question could take, for when random draws keep breaking a
  /// constraint.
  private func alternatives(_ question: Question) -> [Answer] {
    switch question.kind {
    case .singleChoice(let options): return options.map { .choice($0.value) }
    case .multipleChoice(let options, _): return options.map { .choices([$0.value]) }
    case .number(let range):
      let top = min(range.maximum, range.minimum + 60)
      return stride(from: range.minimum, through: top, by: 1).map { .number($0) }
    case .language(let multiple):
      return firstLanguages.map { multiple ? .languages([$0]) : .language($0) }
    case .text, .date: return []
    }
  }

  private func answer(
    _ question: Question, skill: Int, language: LanguageCode, _ random: inout SplitMix64
  ) -> Answer? {
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
    case .text(let maxLength):
      return question.isRequired ? .text(String("synthetic".prefix(maxLength))) : nil
    case .date(let range): return range.earliest.map { .date($0) }
    case .language(let multiple):
      guard multiple else {
        // The interpreter is always in the person's own language; other single-language
        // questions (information, contact) now and then take the survey's language.
        let isInterpreter = question.id == survey.interpreter.languageQuestion
        return .language(
          isInterpreter || random.next(upTo: 6) > 0 ? language : survey.sourceLanguage)
      }
      var spoken: Set<LanguageCode> = [language]
      if random.next(upTo: 3) == 0 {
        spoken.insert(firstLanguages[random.next(upTo: firstLanguages.count)])
      }
      return .languages(spoken)
    }
  }
}
