/// The order of an intake conversation: which questions apply given the answers so far, which
/// comes next, and whether an answer fits its question.
///
/// Relevance is decided in survey order against the answers of questions that themselves apply,
/// so an answer left behind by a question that no longer applies (after the adviser went back
/// and changed an earlier answer) never opens a branch. Conditions that cannot yet be decided
/// count as not holding, as in the assessment.
public struct IntakeFlow: Sendable {
  /// Where a question stands in the conversation.
  public struct Position: Hashable, Sendable {
    /// The question's section.
    public var section: Section
    /// Its number among the questions that apply, from 1.
    public var number: Int
    /// How many questions apply with the answers so far.
    public var total: Int
  }

  private let survey: Survey
  private let evaluator: ExpressionEvaluator
  private let check: AnswerCheck
  /// Each section's conditions compiled once, in survey order.
  private let compiled: [CompiledSection]

  /// A section with its relevance, its questions' relevance and its stops compiled.
  private struct CompiledSection: Sendable {
    var section: Section
    var relevance: CompiledCondition?
    var questions: [(question: Question, relevance: CompiledCondition?)]
    var stops: [(stop: IntakeStop, condition: CompiledCondition)]
  }

  /// Prepares the flow of a survey.
  ///
  /// - Parameter survey: A survey that passed `SurveyValidator`.
  public init(survey: Survey) {
    self.survey = survey
    self.evaluator = ExpressionEvaluator(survey: survey)
    self.check = AnswerCheck(survey: survey)
    let evaluator = self.evaluator
    self.compiled = survey.sections.map { section in
      CompiledSection(
        section: section, relevance: section.relevance.map { evaluator.compile($0.expression) },
        questions: section.questions.map { question in
          (question, question.relevance.map { evaluator.compile($0.expression) })
        },
        stops: section.stops.map { ($0, evaluator.compile($0.condition.expression)) })
    }
  }

  /// The questions that apply, in survey order; none after a stop whose condition holds.
  ///
  /// - Parameter answers: The answers so far.
  /// - Returns: Each applying question with its section.
  public func applying(given answers: AnswerSet) -> [(section: Section, question: Question)] {
    walk(answers).applying
  }

  /// The stop that ends the intake with these answers, if any: the first whose condition holds
  /// after its section.
  ///
  /// - Parameter answers: The answers so far.
  /// - Returns: The stop, or `nil` when the intake goes on.
  public func stop(given answers: AnswerSet) -> IntakeStop? {
    walk(answers).stop
  }

  private func walk(
    _ answers: AnswerSet
  ) -> (applying: [(section: Section, question: Question)], stop: IntakeStop?) {
    // The answers of the questions that applied so far, indexed one by one as the walk goes.
    var effective = evaluator.index([:])
    var result: [(section: Section, question: Question)] = []
    func holds(_ condition: CompiledCondition?) -> Bool {
      condition.map { evaluator.truth(of: $0, in: effective) == true } ?? true
    }
    for entry in compiled {
      for (question, relevance) in entry.questions {
        guard holds(entry.relevance), holds(relevance) else { continue }
        result.append((entry.section, question))
        if let answer = answers[question.id] {
          evaluator.record(answer, for: question.id, in: &effective)
        }
      }
      if let stop = entry.stops.first(where: { holds($0.condition) }) {
        return (result, stop.stop)
      }
    }
    return (result, nil)
  }

  /// The first question that applies and has neither an answer nor a recorded skip.
  ///
  /// - Parameters:
  ///   - answers: The answers so far.
  ///   - skipped: Optional questions the adviser skipped.
  ///   - after: Only questions after this one count; `nil` starts from the beginning.
  /// - Returns: The next question, or `nil` when the intake is answered.
  public func next(
    given answers: AnswerSet, skipped: Set<QuestionID>, after: QuestionID? = nil
  ) -> Question? {
    var applying = applying(given: answers).map(\.question)
    if let after, let index = applying.firstIndex(where: { $0.id == after }) {
      applying.removeFirst(index + 1)
    }
    return applying.first { answers[$0.id] == nil && !skipped.contains($0.id) }
  }

  /// The question that applies just before another one.
  ///
  /// - Parameters:
  ///   - question: The question.
  ///   - answers: The answers so far.
  /// - Returns: The previous question, or `nil` at the first.
  public func previous(before question: QuestionID, given answers: AnswerSet) -> Question? {
    let applying = applying(given: answers).map(\.question)
    guard let index = applying.firstIndex(where: { $0.id == question }) else {
      return applying.last
    }
    return index > 0 ? applying[index - 1] : nil
  }

  /// Where a question stands among the questions that apply.
  ///
  /// - Parameters:
  ///   - question: The question.
  ///   - answers: The answers so far.
  /// - Returns: Its section, number and the total, or `nil` when it does not apply.
  public func position(of question: QuestionID, given answers: AnswerSet) -> Position? {
    let applying = applying(given: answers)
    guard let index = applying.firstIndex(where: { $0.question.id == question }) else {
      return nil
    }
    return Position(section: applying[index].section, number: index + 1, total: applying.count)
  }

  /// Answered or skipped questions that no longer apply.
  ///
  /// - Parameters:
  ///   - answers: The answers so far.
  ///   - skipped: The recorded skips.
  /// - Returns: Their ids, in survey order.
  public func stale(given answers: AnswerSet, skipped: Set<QuestionID>) -> [QuestionID] {
    let applying = Set(applying(given: answers).map(\.question.id))
    return survey.questions.map(\.id).filter {
      !applying.contains($0) && (answers[$0] != nil || skipped.contains($0))
    }
  }

  /// What is wrong with an answer: a kind, option, range, length or date problem, or a
  /// constraint of the question that does not hold.
  ///
  /// - Parameters:
  ///   - answer: The answer.
  ///   - question: The question it answers.
  ///   - answers: The other answers so far.
  /// - Returns: The problem, or `nil` when the answer fits.
  public func problem(with answer: Answer, for question: Question, given answers: AnswerSet)
    -> AnswerProblem.Reason?
  {
    if let reason = check.problem(with: answer, for: question) { return reason }
    return broken(question.constraints, of: question, answer: answer, given: answers)
      .first { $0.severity == .error }
      .map { .constraint(question.id, message: $0.message) }
  }

  /// The warnings an answer raises: its question's warning constraints that do not hold.
  ///
  /// - Parameters:
  ///   - answer: The answer.
  ///   - question: The question it answers.
  ///   - answers: The other answers so far.
  /// - Returns: The broken warning constraints, in survey order.
  public func warnings(with answer: Answer, for question: Question, given answers: AnswerSet)
    -> [Constraint]
  {
    broken(question.constraints, of: question, answer: answer, given: answers)
      .filter { $0.severity == .warning }
  }

  private func broken(
    _ constraints: [Constraint], of question: Question, answer: Answer, given answers: AnswerSet
  ) -> [Constraint] {
    constraints.filter { constraint in
      evaluator.truth(
        of: constraint.test.expression, answers: answers, currentAnswer: (question.id, answer))
        == false
    }
  }
}
