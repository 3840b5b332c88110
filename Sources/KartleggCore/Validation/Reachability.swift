/// Finds questions and sections whose conditions can never be true.
///
/// For each condition it enumerates the answers that could matter — for a choice question
/// every option, for a multiple choice every combination of the options the condition names
/// plus any number of others; for numbers each number the condition names, its neighbours,
/// floor and ceiling and the midpoints between them; for dates each date and the days either
/// side; for text each literal and a text matching none — together with "unanswered", and asks
/// whether any combination makes the condition hold.
/// Questions already found unreachable can only be unanswered. Conditions with arithmetic, or
/// with more than ``combinationLimit`` combinations, are assumed reachable, so every report is certain.
struct Reachability {
  static let combinationLimit = 50_000

  let survey: Survey
  private let evaluator: ExpressionEvaluator
  private let questions: [QuestionID: Question]

  init(survey: Survey) {
    self.survey = survey
    self.evaluator = ExpressionEvaluator(survey: survey)
    self.questions = Dictionary(survey.questions.map { ($0.id, $0) }) { first, _ in first }
  }

  func problems() -> [SurveyProblem] {
    var problems: [SurveyProblem] = []
    var unreachable: Set<QuestionID> = []
    for section in survey.sections {
      let sectionOpen = section.relevance.map { canHold($0.expression, unreachable) } ?? true
      if !sectionOpen, let relevance = section.relevance {
        problems.append(
          SurveyProblem(
            .unreachable(kind: "section", id: section.id.rawValue), at: relevance.location))
      }
      for question in section.questions {
        let conditions = [section.relevance, question.relevance].compactMap { $0 }
        guard sectionOpen else {
          unreachable.insert(question.id)
          continue
        }
        guard let relevance = question.relevance else { continue }
        let combined = conditions.map(\.expression).dropFirst().reduce(conditions[0].expression) {
          .and($0, $1)
        }
        if !canHold(combined, unreachable) {
          unreachable.insert(question.id)
          problems.append(
            SurveyProblem(
              .unreachable(kind: "question", id: question.id.rawValue), at: relevance.location))
        }
      }
    }
    return problems
  }

  private func canHold(_ expression: Expression, _ unreachable: Set<QuestionID>) -> Bool {
    let literals = Literals(expression)
    // Arithmetic can need values far from any literal; stay certain by assuming it can hold.
    guard !literals.hasArithmetic else { return true }
    var domains: [(QuestionID, [Answer?])] = []
    var combinations = 1
    for id in expression.referencedQuestions {
      guard let question = questions[id] else { return true }
      let domain = unreachable.contains(id) ? [nil] : candidates(for: question, literals)
      combinations *= domain.count
      if combinations > Self.combinationLimit { return true }
      domains.append((id, domain))
    }
    var answers = evaluator.index([:])
    return search(evaluator.compile(expression), domains[...], &answers)
  }

  /// Whether some combination of the remaining questions' candidate answers makes the
  /// condition hold; each answer is indexed as it is tried, not the whole set at every leaf.
  private func search(
    _ condition: CompiledCondition, _ remaining: ArraySlice<(QuestionID, [Answer?])>,
    _ answers: inout IndexedAnswers
  ) -> Bool {
    guard let (id, domain) = remaining.first else {
      return evaluator.truth(of: condition, in: answers) == true
    }
    for value in domain {
      evaluator.record(value, for: id, in: &answers)
      if search(condition, remaining.dropFirst(), &answers) { return true }
    }
    evaluator.record(nil, for: id, in: &answers)
    return false
  }

  private func candidates(for question: Question, _ literals: Literals) -> [Answer?] {
    // "Unanswered" goes last: conditions seldom hold without an answer, so trying it first
    // would walk many failing combinations before a satisfying one.
    var values: [Answer?] = []
    switch question.kind {
    case .singleChoice(let options):
      values += options.map { .choice($0.value) }
    case .multipleChoice(let options, _):
      let all = options.map(\.value)
      values += Self.subsets(
        named: all.filter { literals.texts.contains($0.rawValue) }, others: all
      )
      .map { .choices(Set($0)) }
    case .language(let multiple):
      let codes = survey.languages.map(\.code)
      let named = codes.filter { literals.texts.contains($0.rawValue) }
      if multiple {
        values += Self.subsets(named: named, others: codes).map { .languages(Set($0)) }
      } else {
        values += (named + codes.filter { !named.contains($0) }.prefix(1)).map { .language($0) }
      }
    case .number(let range):
      var numbers: Set<Double> = [range.minimum, range.maximum]
      let sorted = literals.numbers.sorted()
      for literal in sorted {
        for value in [
          literal - 1, literal, literal + 1, literal.rounded(.down), literal.rounded(.up),
        ] {
          numbers.insert(value)
        }
      }
      for (low, high) in zip(sorted, sorted.dropFirst()) { numbers.insert((low + high) / 2) }
      values += numbers.sorted()
        .filter { $0 >= range.minimum && $0 <= range.maximum }
        .filter { !range.isInteger || $0 == $0.rounded() }
        .map { .number($0) }
    case .text:
      let texts = literals.texts.sorted()
      values += (texts + [""] + texts.map { $0 + "x" } + ["x"]).map { .text($0) }
    case .date(let range):
      var dates = literals.dates.union([range.earliest, range.latest].compactMap { $0 })
      for date in dates {
        dates.insert(date.dayBefore)
        dates.insert(date.dayAfter)
      }
      values += dates.sorted().map { .date($0) }
    }
    return values + [nil]
  }

  /// Every subset of `named`, each also with 0, 1, 2, … of the other values added (so counts
  /// up to the total are reachable).
  private static func subsets<T: Hashable>(named: [T], others all: [T]) -> [[T]] {
    let rest = all.filter { !named.contains($0) }
    guard named.count <= 10 else { return [all] }
    var result: [[T]] = []
    for mask in 0..<(1 << named.count) {
      let chosen = named.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
      for extra in 0...rest.count { result.append(chosen + rest.prefix(extra)) }
    }
    return result
  }
}

/// The literal values written in an expression.
private struct Literals {
  var numbers: Set<Double> = []
  var texts: Set<String> = []
  var dates: Set<CalendarDate> = []
  var hasArithmetic = false

  init(_ expression: Expression) {
    collect(expression)
  }

  private mutating func collect(_ expression: Expression) {
    switch expression {
    case .number(let value): numbers.insert(value)
    case .text(let value): texts.insert(value)
    case .date(let value): dates.insert(value)
    case .boolean, .question, .currentAnswer, .answered: return
    case .negate, .arithmetic: hasArithmetic = true
    case .not(let inner), .count(let inner, _): collect(inner)
    case .and(let left, let right), .or(let left, let right),
      .comparison(_, let left, let right, _), .membership(let left, let right, _):
      collect(left)
      collect(right)
    }
  }
}
