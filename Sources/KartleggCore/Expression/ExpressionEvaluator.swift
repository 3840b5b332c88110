/// Evaluates type-checked conditions against one participant's answers.
///
/// Logic is three-valued (Kleene): a comparison that reads an unanswered question is *unknown*;
/// `false and unknown` is false, `true or unknown` is true, `not unknown` is unknown. A condition
/// that ends unknown does not hold — so a question is never shown, a flag never raised and a
/// rule never fired on the strength of an answer nobody gave. `answered(q)` is always known.
public struct ExpressionEvaluator: Sendable {
  private let optionRanks: [QuestionID: [OptionValue: Int]]

  /// Creates an evaluator for a survey's questions.
  ///
  /// - Parameter questions: Every question of the survey.
  public init(questions: [Question]) {
    var ranks: [QuestionID: [OptionValue: Int]] = [:]
    for question in questions {
      var rank: [OptionValue: Int] = [:]
      for (index, option) in question.options.enumerated() { rank[option.value] = index }
      ranks[question.id] = rank
    }
    self.optionRanks = ranks
  }

  /// Whether a condition holds.
  ///
  /// - Parameters:
  ///   - expression: A type-checked condition.
  ///   - answers: The participant's answers.
  ///   - currentAnswer: In a constraint, the question and answer that `.` stands for.
  /// - Returns: `true`, `false`, or `nil` when the answers given do not decide it.
  public func truth(
    of expression: Expression, answers: AnswerSet,
    currentAnswer: (QuestionID, Answer)? = nil
  ) -> Bool? {
    guard case .boolean(let value) = value(of: expression, answers, currentAnswer) else {
      return nil
    }
    return value
  }

  /// Whether a condition definitely holds (unknown counts as not holding).
  ///
  /// - Parameters:
  ///   - expression: A type-checked condition.
  ///   - answers: The participant's answers.
  /// - Returns: Whether it is known to be true.
  public func holds(_ expression: Expression, answers: AnswerSet) -> Bool {
    truth(of: expression, answers: answers) == true
  }

  private enum Value: Equatable {
    case number(Double)
    case text(String)
    case boolean(Bool)
    case date(CalendarDate)
    case choice(QuestionID, OptionValue)
    case choices(Set<String>)
  }

  private func value(
    of expression: Expression, _ answers: AnswerSet, _ current: (QuestionID, Answer)?
  ) -> Value? {
    func eval(_ inner: Expression) -> Value? { value(of: inner, answers, current) }
    func bool(_ inner: Expression) -> Bool? {
      if case .boolean(let value) = eval(inner) { return value }
      return nil
    }
    switch expression {
    case .number(let value): return .number(value)
    case .text(let value): return .text(value)
    case .boolean(let value): return .boolean(value)
    case .date(let value): return .date(value)
    case .question(let id, _): return answers[id].map { Self.value(of: $0, question: id) }
    case .currentAnswer: return current.map { Self.value(of: $0.1, question: $0.0) }
    case .answered(let id, _): return .boolean(answers[id] != nil)
    case .not(let inner): return bool(inner).map { .boolean(!$0) }
    case .and(let left, let right):
      let (a, b) = (bool(left), bool(right))
      if a == false || b == false { return .boolean(false) }
      if let a, let b { return .boolean(a && b) }
      return nil
    case .or(let left, let right):
      let (a, b) = (bool(left), bool(right))
      if a == true || b == true { return .boolean(true) }
      if let a, let b { return .boolean(a || b) }
      return nil
    case .negate(let inner):
      guard case .number(let x) = eval(inner) else { return nil }
      return .number(-x)
    case .arithmetic(let op, let left, let right, _):
      guard case .number(let x) = eval(left), case .number(let y) = eval(right) else { return nil }
      switch op {
      case .add: return .number(x + y)
      case .subtract: return .number(x - y)
      case .multiply: return .number(x * y)
      case .divide: return y == 0 ? nil : .number(x / y)
      }
    case .comparison(let op, let left, let right, _):
      guard let x = eval(left), let y = eval(right), let order = compare(x, y) else { return nil }
      return .boolean(Self.apply(op, order))
    case .membership(let element, let collection, _):
      guard case .choices(let set) = eval(collection), let member = eval(element) else {
        return nil
      }
      switch member {
      case .text(let text): return .boolean(set.contains(text))
      case .choice(_, let value): return .boolean(set.contains(value.rawValue))
      default: return nil
      }
    case .count(let inner, _):
      guard case .choices(let set) = eval(inner) else { return nil }
      return .number(Double(set.count))
    }
  }

  private static func value(of answer: Answer, question: QuestionID) -> Value {
    switch answer {
    case .choice(let value): return .choice(question, value)
    case .choices(let values): return .choices(Set(values.map(\.rawValue)))
    case .number(let value): return .number(value)
    case .text(let value): return .text(value)
    case .date(let value): return .date(value)
    case .language(let code): return .text(code.rawValue)
    case .languages(let codes): return .choices(Set(codes.map(\.rawValue)))
    }
  }

  /// -1, 0 or 1; `nil` when the values cannot be ordered.
  private func compare(_ x: Value, _ y: Value) -> Int? {
    func sign<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }
    switch (x, y) {
    case (.number(let a), .number(let b)): return sign(a, b)
    case (.text(let a), .text(let b)): return sign(a, b)
    case (.date(let a), .date(let b)): return sign(a, b)
    case (.boolean(let a), .boolean(let b)): return a == b ? 0 : 1
    case (.choice(let id, let a), .text(let b)):
      return rankOrder(id, a, OptionValue(b))
    case (.text(let a), .choice(let id, let b)):
      return rankOrder(id, OptionValue(a), b)
    case (.choice(let id, let a), .choice(_, let b)):
      return rankOrder(id, a, b)
    default: return nil
    }
  }

  private func rankOrder(_ question: QuestionID, _ a: OptionValue, _ b: OptionValue) -> Int? {
    guard let ranks = optionRanks[question], let x = ranks[a], let y = ranks[b] else {
      return a == b ? 0 : nil
    }
    return x < y ? -1 : (x == y ? 0 : 1)
  }

  private static func apply(_ op: ComparisonOperator, _ order: Int) -> Bool {
    switch op {
    case .equal: return order == 0
    case .notEqual: return order != 0
    case .less: return order < 0
    case .lessOrEqual: return order <= 0
    case .greater: return order > 0
    case .greaterOrEqual: return order >= 0
    }
  }
}
