import KartleggCore

/// Saves each answer before the conversation goes on; the store behind it commits before
/// returning.
public protocol IntakeJournal {
  /// Records an answer, or with `nil` a deliberate skip, and removes answers to questions that
  /// no longer apply.
  ///
  /// - Parameters:
  ///   - answer: The answer, or `nil` for a skip.
  ///   - question: The question.
  ///   - stale: Questions whose answers no longer apply.
  /// - Throws: When it could not be saved; the conversation stops and says so.
  func record(_ answer: Answer?, for question: QuestionID, removing stale: [QuestionID]) throws
}

/// How a conversation ended.
public enum IntakeOutcome: Hashable, Sendable {
  /// Every question that applies is answered or skipped.
  case answered
  /// The adviser typed `q`.
  case quit
  /// The input ended (a pipe ran out, the terminal closed).
  case endOfInput
  /// A stop of the survey ended the intake before it could start (the participant is not
  /// informed about storage).
  case stopped(IntakeStop)
}

/// The intake conversation: one question at a time, in the adviser's language with the
/// participant's beneath, relevance applied live, every answer saved before the next question.
///
/// Keys: an answer, Enter to keep the current one, `<` back, `?` help, `.` skip (optional
/// questions), `q` save and quit. After an answer the conversation goes to the first question
/// after it that still lacks one, so going back to change an answer returns to where it was.
public final class IntakeConversation {
  /// The answers so far.
  public private(set) var answers: AnswerSet
  /// Optional questions skipped on purpose.
  public private(set) var skipped: Set<QuestionID>

  private let suggestions: AnswerSet
  private let flow: IntakeFlow
  private let input: AnswerInput
  private let texts: IntakeTexts
  private let console: any Console
  private let journal: any IntakeJournal
  private let view: QuestionView

  /// Prepares a conversation, new or resumed.
  ///
  /// - Parameters:
  ///   - survey: The survey.
  ///   - texts: The texts to show.
  ///   - console: Where to read and write.
  ///   - journal: Where each answer is saved.
  ///   - answers: Answers already saved.
  ///   - skipped: Skips already saved.
  ///   - suggestions: Answers known from registration, shown as the current answer and saved
  ///     when the adviser keeps them with Enter.
  public init(
    survey: Survey, texts: IntakeTexts, console: any Console, journal: any IntakeJournal,
    answers: AnswerSet = [:], skipped: Set<QuestionID> = [], suggestions: AnswerSet = [:]
  ) {
    self.suggestions = suggestions
    self.flow = IntakeFlow(survey: survey)
    self.input = AnswerInput(languages: survey.languages)
    self.texts = texts
    self.console = console
    self.journal = journal
    self.answers = answers
    self.skipped = skipped
    self.view = QuestionView(survey: survey, texts: texts, console: console)
  }

  /// The first question without an answer, where a resumed intake continues.
  public var resumePoint: Question? {
    flow.next(given: answers, skipped: skipped)
  }

  /// The first question of the section where a stopped intake stopped: continuing it asks
  /// that section again, its answers shown as the current ones.
  public var stoppedSectionStart: Question? {
    guard let stop = flow.stop(given: answers) else { return nil }
    return flow.applying(given: answers).first { applying in
      applying.section.stops.contains(stop)
    }?.question
  }

  /// Runs the conversation until every question is answered, a stop of the survey applies, the
  /// adviser quits, or input ends.
  ///
  /// - Parameter start: The question to begin with; `nil` begins at ``resumePoint``.
  /// - Returns: How it ended.
  /// - Throws: What the journal threw; answers saved before it are kept.
  public func run(from start: Question? = nil) throws -> IntakeOutcome {
    var current = start ?? resumePoint
    if current != nil { view.legend() }
    while let question = current {
      view.show(
        question, position: flow.position(of: question.id, given: answers),
        current: answers[question.id] ?? suggestions[question.id])
      switch try ask(question) {
      case .next(let next): current = next
      case .stop(let outcome): return outcome
      }
    }
    if let stop = flow.stop(given: answers) { return .stopped(stop) }
    return .answered
  }

  private enum Step {
    case next(Question?)
    case stop(IntakeOutcome)
  }

  private func ask(_ question: Question) throws -> Step {
    var unconfirmed: Answer?
    while true {
      view.prompt(for: question)
      guard let line = console.readLine() else {
        console.line()
        return .stop(.endOfInput)
      }
      switch input.read(line, for: question) {
      case .quit: return .stop(.quit)
      case .help: view.help(for: question)
      case .back:
        if let previous = flow.previous(before: question.id, given: answers) {
          return .next(previous)
        }
        warn(texts.ui("intake.error.first"))
      case .skip:
        guard !question.isRequired else {
          warn(texts.ui("intake.error.required"))
          continue
        }
        return .next(try save(nil, for: question))
      case .keep:
        if let unconfirmed { return .next(try save(unconfirmed, for: question)) }
        if answers[question.id] == nil, let suggestion = suggestions[question.id] {
          return .next(try save(suggestion, for: question))
        }
        guard answers[question.id] != nil || skipped.contains(question.id) else {
          warn(texts.ui("intake.error.empty"))
          continue
        }
        return .next(following(question))
      case .invalid(let key, let arguments):
        warn(texts.interface(key, arguments))
      case .answer(let answer):
        if let reason = flow.problem(with: answer, for: question, given: answers) {
          for line in ProblemText.message(reason, question: question, texts: texts) { warn(line) }
          continue
        }
        let warnings = flow.warnings(with: answer, for: question, given: answers)
        if !warnings.isEmpty, unconfirmed != answer {
          for warning in warnings {
            let reason = AnswerProblem.Reason.implausible(question.id, message: warning.message)
            for line in ProblemText.message(reason, question: question, texts: texts) { warn(line) }
          }
          warn(texts.ui("intake.warning.confirm"))
          unconfirmed = answer
          continue
        }
        return .next(try save(answer, for: question))
      }
    }
  }

  /// Saves an answer or skip (committed by the journal), then updates what is in memory.
  private func save(_ answer: Answer?, for question: Question) throws -> Question? {
    var changed = answers
    var changedSkips = skipped
    changed[question.id] = answer
    if answer == nil {
      changedSkips.insert(question.id)
    } else {
      changedSkips.remove(question.id)
    }
    let stale = flow.stale(given: changed, skipped: changedSkips)
    try journal.record(answer, for: question.id, removing: stale)
    for id in stale {
      changed[id] = nil
      changedSkips.remove(id)
    }
    answers = changed
    skipped = changedSkips
    return following(question)
  }

  private func following(_ question: Question) -> Question? {
    flow.next(given: answers, skipped: skipped, after: question.id) ?? resumePoint
  }

  private func warn(_ message: String) {
    console.wrapped("! " + message, indent: "  ")
  }
}
