/// The static type of an expression in the condition language.
public enum ExpressionType: Hashable, Sendable, CustomStringConvertible {
  /// `true` or `false`.
  case boolean
  /// A number.
  case number
  /// A text literal or a free-text answer.
  case text
  /// A date.
  case date
  /// The answer to a single-choice question: one of its options, ordered as listed.
  case choice(QuestionID)
  /// The answer to a multiple-choice question: a set of its options.
  case choices(QuestionID)
  /// The answer to a language question.
  case language(QuestionID)
  /// The answer to a multi-language question.
  case languages(QuestionID)

  /// The type of the answer to a question of the given kind.
  ///
  /// - Parameters:
  ///   - kind: The question's kind.
  ///   - question: The question's identifier.
  /// - Returns: The type its answer has in an expression.
  public static func of(_ kind: QuestionKind, question: QuestionID) -> ExpressionType {
    switch kind {
    case .singleChoice: return .choice(question)
    case .multipleChoice: return .choices(question)
    case .number: return .number
    case .text: return .text
    case .date: return .date
    case .language(let multiple): return multiple ? .languages(question) : .language(question)
    }
  }

  /// The type's name in messages.
  public var description: String {
    switch self {
    case .boolean: return "a condition (true/false)"
    case .number: return "a number"
    case .text: return "text"
    case .date: return "a date"
    case .choice(let id): return "the single choice '\(id)'"
    case .choices(let id): return "the multiple choice '\(id)'"
    case .language(let id): return "the language '\(id)'"
    case .languages(let id): return "the languages '\(id)'"
    }
  }
}
