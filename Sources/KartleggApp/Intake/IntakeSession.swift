import Foundation
import KartleggCore
import KartleggReport
import KartleggStore
import KartleggTerminal

/// The intake use case: one intake wired together — the survey (kept in the store by content
/// hash), the texts in both languages, the console, the store, and the conversation and review
/// from KartleggTerminal. It talks to the adviser through the console and prints nothing else.
public struct IntakeSession {
  let context: AppContext
  let surveys: SurveyLibrary
  let store: any KartleggStorage
  let console: any Console
  let isInteractive: Bool
  let interruption: @Sendable (InterruptNotice) -> Void
  let saves = AnswerSaves()
  let continueCommand: ContinueCommand

  var ui: InterfaceText { context.ui }
  var actor: String { context.actor }

  /// Creates a session.
  ///
  /// - Parameters:
  ///   - context: Resources, interface language and actor.
  ///   - store: The store.
  ///   - console: The adviser's terminal or a pipe.
  ///   - isInteractive: Whether a person is typing (offers the list of unfinished intakes).
  ///   - interruption: Called with what to tell the adviser if the process is interrupted from
  ///     now on (the executable installs its signal handlers with it).
  ///   - continueCommand: How the adviser continues later.
  /// - Throws: ``AppError`` when the schema cannot be loaded.
  public init(
    context: AppContext, store: any KartleggStorage, console: any Console, isInteractive: Bool,
    interruption: @escaping @Sendable (InterruptNotice) -> Void = { _ in },
    continueCommand: ContinueCommand = ContinueCommand()
  ) throws(AppError) {
    self.continueCommand = continueCommand
    self.context = context
    self.surveys = try context.surveys()
    self.store = store
    self.console = console
    self.isInteractive = isInteractive
    self.interruption = interruption
  }

  /// A new intake: register, then converse.
  ///
  /// - Parameters:
  ///   - path: The survey file.
  ///   - known: Registration details given on the command line.
  ///   - language: The participant's language, when given.
  /// - Throws: ``AppError``.
  public func start(survey path: String, known: PartialRegistration, language: LanguageCode?)
    throws(AppError)
  {
    try AppError.mapping { try startIntake(survey: path, known: known, language: language) }
  }

  /// Continues an unfinished intake, or shows the result of a finished one.
  ///
  /// - Parameter text: A participant id or an intake number.
  /// - Throws: ``AppError``.
  public func resume(_ text: String) throws(AppError) {
    try AppError.mapping { try resumeIntake(text) }
  }

  private func startIntake(survey path: String, known: PartialRegistration, language: LanguageCode?)
    throws
  {
    let survey = try keepSurvey(at: path)
    if known.name == nil, isInteractive, let chosen = try chooseUnfinished() {
      try resumeIntake(chosen)
      return
    }
    guard
      let (registration, participantLanguage) = try register(
        survey.survey, known: known, language: language)
    else {
      console.line(ui("intake.registration-ended"))
      throw AppError(.dataError, [])
    }
    let (participant, intake) = try store.registerAndStart(
      registration, surveyHash: survey.hash, language: participantLanguage, actor: actor)
    console.line()
    console.wrapped(ui("intake.registered", participant.rawValue))
    let suggestions: AnswerSet =
      registration.programme.flatMap { programme in
        survey.survey.question(withRole: .programme).flatMap { question in
          question.option(OptionValue(programme)).map { [question.id: .choice($0.value)] }
        }
      } ?? [:]
    try holding(intake) {
      try converse(
        survey: survey.survey, intake: intake, participant: participant,
        language: participantLanguage, stored: StoredAnswers(), suggestions: suggestions)
    }
  }

  private func resumeIntake(_ text: String) throws {
    let record = try findIntake(text)
    let survey = try storedSurvey(record)
    try holding(record.id) {
      switch record.status {
      case .inProgress, .notStarted, .notInformed:
        console.line(ui("intake.resuming", record.participant.rawValue))
        try converse(
          survey: survey, intake: record.id, participant: record.participant,
          language: record.language, stored: try store.answers(of: record.id), suggestions: [:],
          askingStopAgain: record.status == .notInformed)
      case .answered, .complete:
        try review(survey: survey, intake: record, assessAgain: false)
      }
    }
  }

  /// Runs work on an intake while this session has it open; another live session's lock is
  /// exit 75 saying where the intake is open, a dead one's is taken over.
  private func holding(_ intake: IntakeID, _ work: () throws -> Void) throws {
    let holder = ProcessHost.currentLock()
    if let other = try store.lock(intake, as: holder, isAlive: { ProcessHost.isAlive($0) }) {
      throw AppError(
        .temporaryFailure, "intake.error.open-elsewhere", other.host, other.processID,
        LocalTime.text(other.since))
    }
    defer { try? store.unlock(intake, holder: holder) }
    try work()
  }

  /// Runs the conversation from the first unanswered question, then the review.
  private func converse(
    survey: Survey, intake: IntakeID, participant: ParticipantID, language: LanguageCode,
    stored: StoredAnswers, suggestions: AnswerSet, askingStopAgain: Bool = false
  ) throws {
    let resumeHint = ui(
      "intake.resume-hint", continueCommand.text("intake", "--resume", participant.rawValue))
    interruption(
      InterruptNotice(
        saves: saves, idle: ui("intake.interrupted"), saved: ui("intake.interrupted-saved"),
        notSaved: ui("intake.interrupted-not-saved"), resumeHint: resumeHint))
    let conversation = IntakeConversation(
      survey: survey, texts: try texts(for: survey, participant: language), console: console,
      journal: StoreJournal(store: store, intake: intake, actor: actor, saves: saves),
      answers: stored.answers, skipped: stored.skipped, suggestions: suggestions)
    switch try conversation.run(from: askingStopAgain ? conversation.stoppedSectionStart : nil) {
    case .stopped(let stop):
      try store.setStatus(stop.status, of: intake, actor: actor)
      console.line()
      console.wrapped(ui("intake.stopped.\(stop.status.rawValue)", participant.rawValue))
      console.wrapped(resumeHint)
    case .answered:
      guard let record = try store.intake(intake) else { throw StorageError.unknownIntake(intake) }
      try review(survey: survey, intake: record, assessAgain: true)
    case .quit:
      console.line(ui("intake.saved", String(conversation.answers.count)) + " " + resumeHint)
    case .endOfInput:
      console.line(ui("intake.input-ended", String(conversation.answers.count)) + " " + resumeHint)
    }
  }

  /// The texts of a survey: the adviser's language (when the survey has it) and the
  /// participant's beneath.
  func texts(for survey: Survey, participant: LanguageCode) throws -> IntakeTexts {
    let adviser = try context.adviserTexts(survey)
    let participantTexts =
      participant == adviser.language
      ? nil : try SurveyTexts.load(survey, language: participant, from: context.resources)
    let interface = ui
    var participantText: (@Sendable (String) -> String)?
    if let participantTexts { participantText = { participantTexts($0) } }
    return IntakeTexts(
      adviser: { adviser($0) }, participant: participantText,
      participantLanguage: participant,
      participantIsRightToLeft: survey.language(participant)?.direction == .rightToLeft,
      interface: { key, arguments in interface.text(key, arguments: arguments) })
  }

  /// Reads, validates and keeps a survey file; returns it with its hash.
  func keepSurvey(at path: String) throws -> (survey: Survey, hash: String) {
    try surveys.keep(path, in: store)
  }

  /// The survey an intake was started under, from the store.
  func storedSurvey(_ record: IntakeRecord) throws -> Survey {
    try surveys.loadKept(record.surveyHash, from: store)
  }

  /// An intake by participant id (its latest) or intake number.
  func findIntake(_ text: String) throws -> IntakeRecord {
    let participant = PseudonymousID.normalised(text)
    if let record = try store.latestIntake(of: participant) { return record }
    if let number = IntakeID(text), let record = try store.intake(number) { return record }
    throw AppError(.dataError, "intake.unknown", text)
  }
}
