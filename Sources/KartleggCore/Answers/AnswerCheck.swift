/// Checks one answer against its question: options, ranges, lengths, dates, languages.
public struct AnswerCheck: Sendable {
  private let survey: Survey

  /// Creates a checker for a survey's questions.
  ///
  /// - Parameter survey: The survey.
  public init(survey: Survey) {
    self.survey = survey
  }

  /// The problem with an answer, or `nil` when it fits the question.
  ///
  /// - Parameters:
  ///   - answer: The answer.
  ///   - question: The question it answers.
  /// - Returns: What is wrong, without a location.
  public func problem(with answer: Answer, for question: Question) -> AnswerProblem.Reason? {
    let id = question.id
    switch (question.kind, answer) {
    case (.singleChoice(let options), .choice(let value)):
      return option(value.rawValue, in: options, question: id)
    case (.multipleChoice(let options, let maxSelections), .choices(let values)):
      for value in values.sorted() {
        if let problem = option(value.rawValue, in: options, question: id) { return problem }
      }
      if values.count > 1,
        let exclusive = options.first(where: { $0.isExclusive && values.contains($0.value) })
      {
        return .exclusiveWithOthers(id, exclusive.value)
      }
      if let maxSelections, values.count > maxSelections {
        return .tooManySelections(id, maximum: maxSelections)
      }
      return nil
    case (.number(let range), .number(let value)):
      if range.isInteger, value != value.rounded() { return .notWhole(id) }
      guard value >= range.minimum, value <= range.maximum else {
        return .outOfRange(
          id, minimum: Self.number(range.minimum), maximum: Self.number(range.maximum))
      }
      return nil
    case (.text(let maxLength), .text(let text)):
      return text.count > maxLength ? .tooLong(id, maximum: maxLength) : nil
    case (.date(let range), .date(let date)):
      if let earliest = range.earliest, date < earliest {
        return .invalidDate(id, .before(earliest))
      }
      if let latest = range.latest, date > latest {
        return .invalidDate(id, .after(latest))
      }
      return nil
    case (.language(false), .language(let code)):
      guard let language = survey.language(code) else { return .unknownLanguage(code.rawValue) }
      if question.id == survey.interpreter.languageQuestion, !language.isInterpreterLanguage {
        return .notInterpreterLanguage(code.rawValue)
      }
      return nil
    case (.language(true), .languages(let codes)):
      let unknown = codes.sorted().first { survey.language($0) == nil }
      return unknown.map { .unknownLanguage($0.rawValue) }
    default:
      return .wrongKind(id, expected: Self.expectation(question.kind), found: Self.name(of: answer))
    }
  }

  /// What a question's answer must look like, in messages.
  ///
  /// - Parameter kind: The question's kind.
  /// - Returns: The shape, whose description is a phrase such as "one option value as a
  ///   string".
  public static func expectation(_ kind: QuestionKind) -> AnswerProblem.Shape {
    switch kind {
    case .singleChoice: return .optionValue
    case .multipleChoice: return .optionValues
    case .number: return .number
    case .text: return .text
    case .date: return .date
    case .language(let multiple): return multiple ? .languageCodes : .languageCode
    }
  }

  private func option(_ value: String, in options: [AnswerOption], question: QuestionID)
    -> AnswerProblem.Reason?
  {
    guard !options.contains(where: { $0.value.rawValue == value }) else { return nil }
    let suggestion = Suggestion.closest(to: value, among: options.map(\.value.rawValue))
    return .notAnOption(value, question: question, suggestion: suggestion.map { OptionValue($0) })
  }

  private static func name(of answer: Answer) -> AnswerProblem.Shape {
    switch answer {
    case .choice, .language: return .single
    case .choices, .languages: return .several
    case .number: return .number
    case .text: return .text
    case .date: return .date
    }
  }

  /// A number as messages write it: whole numbers without decimals.
  ///
  /// - Parameter value: The number.
  /// - Returns: Its text.
  public static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
