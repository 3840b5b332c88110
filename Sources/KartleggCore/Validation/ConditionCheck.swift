/// Type-checks every condition and checks that questions only read questions asked before them,
/// without cycles.
struct ConditionCheck {
  let survey: Survey
  private let checker: ExpressionTypeChecker
  private let position: [QuestionID: Int]
  private let questions: [Question]

  init(survey: Survey) {
    self.survey = survey
    self.questions = survey.questions
    self.checker = ExpressionTypeChecker(questions: questions, languages: survey.languages)
    var position: [QuestionID: Int] = [:]
    for (index, question) in questions.enumerated() where position[question.id] == nil {
      position[question.id] = index
    }
    self.position = position
  }

  func problems() -> [SurveyProblem] {
    var problems = typeProblems()
    if problems.isEmpty { problems += orderProblems() }
    return problems
  }

  private func typeProblems() -> [SurveyProblem] {
    var problems: [SurveyProblem] = []
    func check(_ condition: Condition?, _ attribute: String, currentAnswer: QuestionID? = nil) {
      guard let condition else { return }
      for problem in checker.check(condition.expression, currentAnswer: currentAnswer) {
        problems.append(
          SurveyProblem(.condition(problem, attribute: attribute), at: condition.location))
      }
    }
    for section in survey.sections {
      check(section.relevance, "relevant")
      for question in section.questions {
        check(question.relevance, "relevant")
        for constraint in question.constraints {
          check(constraint.test, "test", currentAnswer: question.id)
        }
      }
    }
    let rules =
      RuleCatalogue(survey).rules.map(\.condition) + survey.flags.map(\.condition)
      + (survey.groupingEligibility.map { [$0] } ?? [])
      + survey.sections.flatMap { $0.stops.map(\.condition) }
    for condition in rules { check(condition, "when") }
    return problems
  }

  /// What each question's asking depends on: its own and its section's conditions, and its
  /// constraints.
  private func dependencies() -> [QuestionID: [(QuestionID, Condition)]] {
    var result: [QuestionID: [(QuestionID, Condition)]] = [:]
    for section in survey.sections {
      for question in section.questions {
        var conditions = [section.relevance, question.relevance].compactMap { $0 }
        conditions += question.constraints.map(\.test)
        result[question.id, default: []] += conditions.flatMap { condition in
          condition.expression.referencedQuestions.map { ($0, condition) }
        }
      }
    }
    return result
  }

  private func orderProblems() -> [SurveyProblem] {
    let graph = dependencies()
    var problems: [SurveyProblem] = []
    var reportedCycles: Set<Set<QuestionID>> = []
    for question in questions {
      guard let own = position[question.id] else { continue }
      for (read, condition) in graph[question.id] ?? [] {
        guard let target = position[read], target >= own else { continue }
        if let cycle = path(from: read, to: question.id, in: graph) {
          let members = Set(cycle)
          if reportedCycles.insert(members).inserted {
            problems.append(SurveyProblem(.cycle(cycle), at: condition.location))
          }
        } else {
          let reader = "condition of question '\(question.id)'"
          problems.append(
            SurveyProblem(
              .forwardReference(
                reader: reader, question: read, line: questions[target].location.line),
              at: condition.location))
        }
      }
    }
    return problems
  }

  /// A dependency path `start → … → goal`, listed from `goal` (the reader) onward, if one exists.
  private func path(
    from start: QuestionID, to goal: QuestionID, in graph: [QuestionID: [(QuestionID, Condition)]]
  ) -> [QuestionID]? {
    if start == goal { return [goal] }
    var previous: [QuestionID: QuestionID] = [:]
    var queue = [start]
    var visited: Set<QuestionID> = [start]
    while !queue.isEmpty {
      let current = queue.removeFirst()
      for (next, _) in graph[current] ?? [] where !visited.contains(next) {
        previous[next] = current
        if next == goal {
          var chain = [goal]
          var node = current
          while node != start, let before = previous[node] {
            chain.append(node)
            node = before
          }
          chain.append(start)
          return [goal] + chain.dropFirst().reversed()
        }
        visited.insert(next)
        queue.append(next)
      }
    }
    return nil
  }
}
