/// A problem in a condition, found while parsing or type-checking it.
public struct ExpressionProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public enum Reason: Hashable, Sendable {
    /// The text does not follow the grammar: `expected` was wanted where `found` stands.
    case syntax(expected: String, found: String)
    /// A question id that the survey does not define.
    case unknownQuestion(QuestionID, suggestion: QuestionID?)
    /// A value that is not an option of the question it is compared with.
    case unknownOption(String, question: QuestionID, suggestion: OptionValue?)
    /// A language code that is not in the survey's registry.
    case unknownLanguage(String, question: QuestionID)
    /// Operands whose types do not fit the operator.
    case typeMismatch(operator: String, left: ExpressionType, right: ExpressionType)
    /// An operand of the wrong type.
    case expectedType(String, found: ExpressionType, context: String)
    /// `.` used outside a constraint.
    case currentAnswerOutsideConstraint
    /// A text literal compared with a date that is not `YYYY-MM-DD`.
    case invalidDate(String)
  }

  /// What is wrong.
  public var reason: Reason
  /// The character offset in the expression, counted from 0.
  public var offset: Int

  /// Creates a problem.
  ///
  /// - Parameters:
  ///   - reason: What is wrong.
  ///   - offset: The character offset in the expression.
  public init(_ reason: Reason, at offset: Int) {
    self.reason = reason
    self.offset = offset
  }

  /// The message, a lower-case fragment naming the offending value in quotes.
  public var description: String {
    switch reason {
    case .syntax(let expected, let found):
      return "expected \(expected) but found \(found)"
    case .unknownQuestion(let id, let suggestion):
      return "unknown question '\(id)'" + Self.didYouMean(suggestion?.rawValue)
    case .unknownOption(let value, let question, let suggestion):
      return "'\(value)' is not an option of question '\(question)'"
        + Self.didYouMean(suggestion?.rawValue)
    case .unknownLanguage(let code, let question):
      return "'\(code)' is not a language in the registry (compared with question '\(question)')"
    case .typeMismatch(let op, let left, let right):
      return "cannot apply '\(op)' to \(left) and \(right)"
    case .expectedType(let expected, let found, let context):
      return "expected \(expected) in \(context), found \(found)"
    case .currentAnswerOutsideConstraint:
      return "'.' (the current answer) can only be used in a constraint"
    case .invalidDate(let text):
      return "'\(text)' is not a date of the form YYYY-MM-DD"
    }
  }

  private static func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { " (did you mean '\($0)'?)" } ?? ""
  }
}
