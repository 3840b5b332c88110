/// Checks the types in a condition against the survey's questions and language registry.
///
/// Comparison rules: numbers with numbers, dates with dates, text with text; a single choice
/// with one of its option values (`=`, `!=`, and `<`…`>=` by the order the options are listed);
/// a language with a registry code (`=`, `!=`); `'value' in q` for a multiple choice or a
/// languages question; `count(q)` of those gives a number; arithmetic on numbers only.
public struct ExpressionTypeChecker: Sendable {
  private let questions: [QuestionID: Question]
  private let languageCodes: Set<LanguageCode>

  /// Creates a checker for a survey's questions and languages.
  ///
  /// - Parameters:
  ///   - questions: Every question of the survey.
  ///   - languages: The survey's language registry.
  public init(questions: [Question], languages: [Language]) {
    var byID: [QuestionID: Question] = [:]
    for question in questions where byID[question.id] == nil { byID[question.id] = question }
    self.questions = byID
    self.languageCodes = Set(languages.map(\.code))
  }

  /// Checks that a condition is well typed and yields true or false.
  ///
  /// - Parameters:
  ///   - expression: The parsed condition.
  ///   - currentAnswer: In a constraint, the question whose answer `.` stands for.
  /// - Returns: Every problem found, in order of appearance; empty when the condition is sound.
  public func check(_ expression: Expression, currentAnswer: QuestionID? = nil)
    -> [ExpressionProblem]
  {
    var problems: [ExpressionProblem] = []
    if let type = type(of: expression, currentAnswer: currentAnswer, problems: &problems),
      type != .boolean
    {
      problems.append(
        ExpressionProblem(
          .expectedType("a condition (true/false)", found: type, context: "the expression"),
          at: 0))
    }
    return problems
  }

  private func type(
    of expression: Expression, currentAnswer: QuestionID?, problems: inout [ExpressionProblem]
  ) -> ExpressionType? {
    func recurse(_ inner: Expression) -> ExpressionType? {
      type(of: inner, currentAnswer: currentAnswer, problems: &problems)
    }
    switch expression {
    case .number: return .number
    case .text: return .text
    case .boolean: return .boolean
    case .date: return .date
    case .question(let id, let offset):
      return questionType(id, offset: offset, problems: &problems)
    case .currentAnswer(let offset):
      guard let currentAnswer, let question = questions[currentAnswer] else {
        problems.append(ExpressionProblem(.currentAnswerOutsideConstraint, at: offset))
        return nil
      }
      return .of(question.kind, question: currentAnswer)
    case .not(let inner):
      expect(.boolean, recurse(inner), "'not'", at: 0, problems: &problems)
      return .boolean
    case .and(let left, let right), .or(let left, let right):
      let name = if case .and = expression { "'and'" } else { "'or'" }
      expect(.boolean, recurse(left), name, at: 0, problems: &problems)
      expect(.boolean, recurse(right), name, at: 0, problems: &problems)
      return .boolean
    case .negate(let inner):
      expect(.number, recurse(inner), "'-'", at: 0, problems: &problems)
      return .number
    case .arithmetic(let op, let left, let right, let offset):
      let (leftType, rightType) = (recurse(left), recurse(right))
      if let leftType, let rightType, leftType != .number || rightType != .number {
        problems.append(
          ExpressionProblem(
            .typeMismatch(operator: op.rawValue, left: leftType, right: rightType), at: offset))
      }
      return .number
    case .comparison(let op, let left, let right, let offset):
      let (leftType, rightType) = (recurse(left), recurse(right))
      guard let leftType, let rightType else { return .boolean }
      checkComparison(
        op, (left, leftType), (right, rightType), offset: offset, problems: &problems)
      return .boolean
    case .membership(let element, let collection, let offset):
      let types = (recurse(element), recurse(collection))
      checkMembership(element, types, offset: offset, problems: &problems)
      return .boolean
    case .count(let inner, let offset):
      switch recurse(inner) {
      case .choices, .languages, nil: break
      case .some(let found):
        problems.append(
          ExpressionProblem(
            .expectedType(
              "a multiple choice or languages question", found: found, context: "'count'"),
            at: offset))
      }
      return .number
    case .answered(let id, let offset):
      _ = questionType(id, offset: offset, problems: &problems)
      return .boolean
    }
  }

  private func questionType(
    _ id: QuestionID, offset: Int, problems: inout [ExpressionProblem]
  ) -> ExpressionType? {
    guard let question = questions[id] else {
      let suggestion = Suggestion.closest(to: id.rawValue, among: questions.keys.map(\.rawValue))
      problems.append(
        ExpressionProblem(
          .unknownQuestion(id, suggestion: suggestion.map { QuestionID($0) }), at: offset))
      return nil
    }
    return .of(question.kind, question: id)
  }

  private func expect(
    _ expected: ExpressionType, _ found: ExpressionType?, _ context: String, at offset: Int,
    problems: inout [ExpressionProblem]
  ) {
    guard let found, found != expected else { return }
    problems.append(
      ExpressionProblem(
        .expectedType(expected.description, found: found, context: context), at: offset))
  }

  private func checkComparison(
    _ op: ComparisonOperator, _ left: (Expression, ExpressionType),
    _ right: (Expression, ExpressionType), offset: Int, problems: inout [ExpressionProblem]
  ) {
    switch (left.1, right.1) {
    case (.number, .number), (.date, .date): return
    case (.text, .text), (.boolean, .boolean):
      if op.isOrdering { break }
      return
    case (.choice(let id), .text):
      checkOption(right.0, of: id, offset: offset, problems: &problems)
      return
    case (.text, .choice(let id)):
      checkOption(left.0, of: id, offset: offset, problems: &problems)
      return
    case (.choice(let a), .choice(let b)) where a == b: return
    case (.language(let id), .text) where !op.isOrdering:
      checkLanguage(right.0, of: id, offset: offset, problems: &problems)
      return
    case (.text, .language(let id)) where !op.isOrdering:
      checkLanguage(left.0, of: id, offset: offset, problems: &problems)
      return
    case (.language, .language) where !op.isOrdering: return
    default: break
    }
    problems.append(
      ExpressionProblem(
        .typeMismatch(operator: op.rawValue, left: left.1, right: right.1), at: offset))
  }

  private func checkMembership(
    _ element: Expression, _ types: (ExpressionType?, ExpressionType?), offset: Int,
    problems: inout [ExpressionProblem]
  ) {
    guard let elementType = types.0, let collectionType = types.1 else { return }
    switch (elementType, collectionType) {
    case (.text, .choices(let id)):
      checkOption(element, of: id, offset: offset, problems: &problems)
    case (.text, .languages(let id)):
      checkLanguage(element, of: id, offset: offset, problems: &problems)
    case (.language, .languages): break
    default:
      problems.append(
        ExpressionProblem(
          .typeMismatch(operator: "in", left: elementType, right: collectionType), at: offset))
    }
  }

  private func checkOption(
    _ literal: Expression, of id: QuestionID, offset: Int, problems: inout [ExpressionProblem]
  ) {
    guard case .text(let value) = literal, let question = questions[id] else { return }
    let values = question.options.map(\.value.rawValue)
    guard !values.contains(value) else { return }
    let suggestion = Suggestion.closest(to: value, among: values).map { OptionValue($0) }
    problems.append(
      ExpressionProblem(.unknownOption(value, question: id, suggestion: suggestion), at: offset))
  }

  private func checkLanguage(
    _ literal: Expression, of id: QuestionID, offset: Int, problems: inout [ExpressionProblem]
  ) {
    guard case .text(let code) = literal, !languageCodes.contains(LanguageCode(code)) else {
      return
    }
    problems.append(ExpressionProblem(.unknownLanguage(code, question: id), at: offset))
  }
}
