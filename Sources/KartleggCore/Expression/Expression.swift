/// A parsed expression of the survey's condition language.
///
/// Conditions decide relevance, constraints, gates, flags and recommendation rules. They are
/// parsed and type-checked when the survey loads, never evaluated as strings. See
/// `docs/survey-format.md` for the language.
public indirect enum Expression: Hashable, Sendable {
  /// A number literal.
  case number(Double)
  /// A text literal in single quotes: an option value, a language code or free text.
  case text(String)
  /// `true` or `false`.
  case boolean(Bool)
  /// `date('YYYY-MM-DD')`.
  case date(CalendarDate)
  /// The answer to a question.
  case question(QuestionID, offset: Int)
  /// `.`: the answer being checked, inside a constraint.
  case currentAnswer(offset: Int)
  /// `not e`.
  case not(Expression)
  /// `a and b`.
  case and(Expression, Expression)
  /// `a or b`.
  case or(Expression, Expression)
  /// A comparison such as `a >= b`.
  case comparison(ComparisonOperator, Expression, Expression, offset: Int)
  /// Arithmetic such as `a + b`.
  case arithmetic(ArithmeticOperator, Expression, Expression, offset: Int)
  /// `-e`.
  case negate(Expression)
  /// `element in collection`: membership in a multiple-choice or languages answer.
  case membership(element: Expression, collection: Expression, offset: Int)
  /// `count(q)`: the number of selections in a multiple-choice or languages answer.
  case count(Expression, offset: Int)
  /// `answered(q)`: whether the question has an answer.
  case answered(QuestionID, offset: Int)

  /// The questions the expression reads, in order of first appearance.
  public var referencedQuestions: [QuestionID] {
    var seen: [QuestionID] = []
    collectQuestions(into: &seen)
    return seen
  }

  private func collectQuestions(into seen: inout [QuestionID]) {
    switch self {
    case .number, .text, .boolean, .date, .currentAnswer: return
    case .question(let id, _), .answered(let id, _):
      if !seen.contains(id) { seen.append(id) }
    case .not(let inner), .negate(let inner), .count(let inner, _):
      inner.collectQuestions(into: &seen)
    case .and(let left, let right), .or(let left, let right),
      .comparison(_, let left, let right, _), .arithmetic(_, let left, let right, _),
      .membership(let left, let right, _):
      left.collectQuestions(into: &seen)
      right.collectQuestions(into: &seen)
    }
  }
}

/// A comparison operator.
public enum ComparisonOperator: String, Hashable, Sendable, CaseIterable {
  /// Equal.
  case equal = "="
  /// Not equal.
  case notEqual = "!="
  /// Less than.
  case less = "<"
  /// Less than or equal.
  case lessOrEqual = "<="
  /// Greater than.
  case greater = ">"
  /// Greater than or equal.
  case greaterOrEqual = ">="

  /// Whether the operator needs ordered operands.
  public var isOrdering: Bool { self != .equal && self != .notEqual }
}

/// An arithmetic operator on numbers.
public enum ArithmeticOperator: String, Hashable, Sendable, CaseIterable {
  /// Addition.
  case add = "+"
  /// Subtraction.
  case subtract = "-"
  /// Multiplication.
  case multiply = "*"
  /// Division.
  case divide = "/"
}
