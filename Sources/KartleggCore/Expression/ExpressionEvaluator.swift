/// Evaluates type-checked conditions against one participant's answers.
///
/// Logic is three-valued (Kleene): a comparison that reads an unanswered question is *unknown*;
/// `false and unknown` is false, `true or unknown` is true, `not unknown` is unknown. A condition
/// that ends unknown does not hold — so a question is never shown, a flag never raised and a
/// rule never fired on the strength of an answer nobody gave. `answered(q)` is always known.
///
/// Conditions are compiled once (question ids to slots, option values and language codes to
/// integers) so the assessment of many participants hashes no strings in its inner loop.
public struct ExpressionEvaluator: Sendable {
  private let slots: [QuestionID: Int]
  private let kinds: [QuestionKind]
  private let optionIndex: [[OptionValue: Int]]
  private let languageIndex: [LanguageCode: Int]

  /// Creates an evaluator for a survey's questions.
  ///
  /// - Parameters:
  ///   - questions: Every question of the survey.
  ///   - languages: The survey's language registry.
  public init(questions: [Question], languages: [Language] = []) {
    var slots: [QuestionID: Int] = [:]
    var kinds: [QuestionKind] = []
    var optionIndex: [[OptionValue: Int]] = []
    for question in questions where slots[question.id] == nil {
      slots[question.id] = kinds.count
      kinds.append(question.kind)
      var index: [OptionValue: Int] = [:]
      for (position, option) in question.options.enumerated() where index[option.value] == nil {
        index[option.value] = position
      }
      optionIndex.append(index)
    }
    var languageIndex: [LanguageCode: Int] = [:]
    for (position, language) in languages.enumerated() where languageIndex[language.code] == nil {
      languageIndex[language.code] = position
    }
    self.slots = slots
    self.kinds = kinds
    self.optionIndex = optionIndex
    self.languageIndex = languageIndex
  }

  /// Creates an evaluator for a survey.
  ///
  /// - Parameter survey: The survey.
  public init(survey: Survey) {
    self.init(questions: survey.questions, languages: survey.languages)
  }

  /// Whether a condition holds.
  ///
  /// - Parameters:
  ///   - expression: A type-checked condition.
  ///   - answers: The participant's answers.
  ///   - currentAnswer: In a constraint, the question and answer that `.` stands for.
  /// - Returns: `true`, `false`, or `nil` when the answers given do not decide it.
  public func truth(
    of expression: Expression, answers: AnswerSet, currentAnswer: (QuestionID, Answer)? = nil
  ) -> Bool? {
    let compiled = compile(expression, currentAnswer: currentAnswer?.0)
    var indexed = index(answers)
    if let (question, answer) = currentAnswer, let slot = slots[question] {
      indexed.current = value(of: answer, slot: slot)
    }
    return truth(of: compiled, in: indexed)
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

  // MARK: Compiled form

  func compile(_ expression: Expression, currentAnswer: QuestionID? = nil) -> CompiledCondition {
    CompiledCondition(root: node(expression, current: currentAnswer.flatMap { slots[$0] }))
  }

  /// The answer slot of a question.
  func slot(of question: QuestionID) -> Int? { slots[question] }

  /// Adds one answer to indexed answers, as ``index(_:)`` would have indexed it (`nil` takes it
  /// away): a walk through the survey indexes each answer once instead of indexing all of them
  /// at every question.
  func record(_ answer: Answer?, for question: QuestionID, in indexed: inout IndexedAnswers) {
    guard let slot = slots[question] else { return }
    indexed.slots[slot] = answer.map { value(of: $0, slot: slot) }
  }

  func index(_ answers: AnswerSet) -> IndexedAnswers {
    var values = [SlotValue?](repeating: nil, count: kinds.count)
    for (question, answer) in answers {
      guard let slot = slots[question] else { continue }
      values[slot] = value(of: answer, slot: slot)
    }
    return IndexedAnswers(slots: values, current: nil)
  }

  func truth(of condition: CompiledCondition, in answers: IndexedAnswers) -> Bool? {
    guard case .boolean(let value) = evaluate(condition.root, answers) else { return nil }
    return value
  }

  private func value(of answer: Answer, slot: Int) -> SlotValue {
    switch answer {
    case .choice(let value): return .index(optionIndex[slot][value] ?? -1)
    case .choices(let values): return .indices(Set(values.map { optionIndex[slot][$0] ?? -1 }))
    case .number(let value): return .number(value)
    case .text(let value): return .text(value)
    case .date(let value): return .date(value)
    case .language(let code): return .index(languageIndex[code] ?? -1)
    case .languages(let codes): return .indices(Set(codes.map { languageIndex[$0] ?? -1 }))
    }
  }

  /// The slot whose kind decides what a text literal next to `expression` means.
  private func literalContext(_ expression: Expression, current: Int?) -> Int? {
    switch expression {
    case .question(let id, _): return slots[id]
    case .currentAnswer: return current
    default: return nil
    }
  }

  /// A text literal read as an option position or language position when it stands beside a
  /// choice or language question; otherwise as text.
  private func literal(_ text: String, beside slot: Int?) -> SlotValue? {
    guard let slot else { return .text(text) }
    switch kinds[slot] {
    case .singleChoice, .multipleChoice:
      return optionIndex[slot][OptionValue(text)].map { .index($0) }
    case .language:
      return languageIndex[LanguageCode(text)].map { .index($0) }
    case .number, .text, .date:
      return .text(text)
    }
  }

  private func node(_ expression: Expression, current: Int?, beside: Int? = nil)
    -> CompiledCondition.Node
  {
    func sub(_ inner: Expression, beside: Int? = nil) -> CompiledCondition.Node {
      node(inner, current: current, beside: beside)
    }
    switch expression {
    case .number(let value): return .constant(.number(value))
    case .text(let value): return .constant(literal(value, beside: beside))
    case .boolean(let value): return .constant(.boolean(value))
    case .date(let value): return .constant(.date(value))
    case .question(let id, _): return slots[id].map { .slot($0) } ?? .constant(nil)
    case .currentAnswer: return .current
    case .answered(let id, _): return slots[id].map { .answered($0) } ?? .constant(.boolean(false))
    case .not(let inner): return .not(sub(inner))
    case .and(let left, let right): return .and(sub(left), sub(right))
    case .or(let left, let right): return .or(sub(left), sub(right))
    case .negate(let inner): return .negate(sub(inner))
    case .arithmetic(let op, let left, let right, _): return .arithmetic(op, sub(left), sub(right))
    case .comparison(let op, let left, let right, _):
      return .comparison(
        op, sub(left, beside: literalContext(right, current: current)),
        sub(right, beside: literalContext(left, current: current)))
    case .membership(let element, let collection, _):
      return .membership(
        sub(element, beside: literalContext(collection, current: current)), sub(collection))
    case .count(let inner, _): return .count(sub(inner))
    }
  }

  private func evaluate(_ node: CompiledCondition.Node, _ answers: IndexedAnswers) -> SlotValue? {
    func bool(_ inner: CompiledCondition.Node) -> Bool? {
      if case .boolean(let value) = evaluate(inner, answers) { return value }
      return nil
    }
    switch node {
    case .constant(let value): return value
    case .slot(let slot): return answers.slots[slot]
    case .current: return answers.current
    case .answered(let slot): return .boolean(answers.slots[slot] != nil)
    case .not(let inner): return bool(inner).map { .boolean(!$0) }
    case .and(let left, let right):
      let a = bool(left)
      if a == false { return .boolean(false) }
      let b = bool(right)
      if b == false { return .boolean(false) }
      if let a, let b { return .boolean(a && b) }
      return nil
    case .or(let left, let right):
      let a = bool(left)
      if a == true { return .boolean(true) }
      let b = bool(right)
      if b == true { return .boolean(true) }
      if let a, let b { return .boolean(a || b) }
      return nil
    case .negate(let inner):
      guard case .number(let x) = evaluate(inner, answers) else { return nil }
      return .number(-x)
    case .arithmetic(let op, let left, let right):
      guard case .number(let x) = evaluate(left, answers),
        case .number(let y) = evaluate(right, answers)
      else { return nil }
      switch op {
      case .add: return .number(x + y)
      case .subtract: return .number(x - y)
      case .multiply: return .number(x * y)
      case .divide: return y == 0 ? nil : .number(x / y)
      }
    case .comparison(let op, let left, let right):
      guard let x = evaluate(left, answers), let y = evaluate(right, answers),
        let order = Self.order(x, y)
      else { return nil }
      return .boolean(Self.apply(op, order))
    case .membership(let element, let collection):
      guard case .indices(let set) = evaluate(collection, answers),
        case .index(let member) = evaluate(element, answers)
      else { return nil }
      return .boolean(set.contains(member))
    case .count(let inner):
      guard case .indices(let set) = evaluate(inner, answers) else { return nil }
      return .number(Double(set.count))
    }
  }

  /// -1, 0 or 1; `nil` when the values cannot be ordered.
  private static func order(_ x: SlotValue, _ y: SlotValue) -> Int? {
    func sign<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }
    switch (x, y) {
    case (.number(let a), .number(let b)): return sign(a, b)
    case (.text(let a), .text(let b)): return sign(a, b)
    case (.date(let a), .date(let b)): return sign(a, b)
    case (.index(let a), .index(let b)): return sign(a, b)
    case (.boolean(let a), .boolean(let b)): return a == b ? 0 : 1
    default: return nil
    }
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
