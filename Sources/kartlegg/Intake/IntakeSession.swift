import ArgumentParser
import Foundation
import KartleggCore
import KartleggStore
import KartleggTerminal
import KartleggXML

/// Wires one intake together: the survey (kept in the store by content hash), the texts in both
/// languages, the console, the store, and the conversation and review from KartleggTerminal.
struct IntakeSession {
  let files: SurveyFiles
  let ui: InterfaceText
  let store: SQLiteStorage
  let console: StandardConsole
  let actor: String

  /// A new intake: register, then converse.
  func start(survey path: String, known: PartialRegistration, language: LanguageCode?) throws {
    let survey = try keepSurvey(at: path)
    if known.name == nil, console.isInteractive, let chosen = try chooseUnfinished() {
      try resume(chosen)
      return
    }
    guard
      let (registration, participantLanguage) = try register(
        survey.survey, known: known, language: language)
    else {
      console.line(ui("intake.registration-ended"))
      throw ExitStatus.dataError
    }
    let (participant, intake) = try store.registerAndStart(
      registration, surveyHash: survey.hash, language: participantLanguage, actor: actor)
    console.line()
    console.line(ui("intake.registered", participant.rawValue))
    let suggestions: AnswerSet =
      registration.programme.flatMap { programme in
        survey.survey.question("background.programme")?.option(OptionValue(programme)).map {
          ["background.programme": .choice($0.value)]
        }
      } ?? [:]
    try converse(
      survey: survey.survey, intake: intake, participant: participant,
      language: participantLanguage, stored: StoredAnswers(), suggestions: suggestions)
  }

  /// Continues an unfinished intake, or shows the result of a finished one.
  func resume(_ text: String) throws {
    let record = try findIntake(text)
    let survey = try storedSurvey(record)
    switch record.status {
    case .inProgress:
      console.line(ui("intake.resuming", record.participant.rawValue))
      try converse(
        survey: survey, intake: record.id, participant: record.participant,
        language: record.language, stored: try store.answers(of: record.id), suggestions: [:])
    case .answered, .complete:
      try review(survey: survey, intake: record, assessAgain: false)
    }
  }

  /// Runs the conversation from the first unanswered question, then the review.
  private func converse(
    survey: Survey, intake: IntakeID, participant: ParticipantID, language: LanguageCode,
    stored: StoredAnswers, suggestions: AnswerSet
  ) throws {
    let resumeHint = ui("intake.resume-hint", participant.rawValue)
    InterruptHandling.install(message: ui("intake.interrupted") + " " + resumeHint)
    let conversation = IntakeConversation(
      survey: survey, texts: try texts(for: survey, participant: language), console: console,
      journal: StoreJournal(store: store, intake: intake, actor: actor),
      answers: stored.answers, skipped: stored.skipped, suggestions: suggestions)
    switch try conversation.run() {
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
    let adviser = try SurveyTexts.forAdviser(survey, ui: ui, root: files.root)
    let participantTexts =
      participant == adviser.language
      ? nil : try SurveyTexts(survey: survey, language: participant, root: files.root)
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
    guard let bytes = InputFile.bytes(path) else { throw ExitStatus.noInput }
    let survey: Survey
    do {
      survey = try files.loader().load(bytes, file: path)
    } catch let failure as LoadFailure {
      Diagnostics.report(failure.problems)
      throw ExitStatus.dataError
    }
    let hash = SurveyHash.of(bytes)
    try store.keep(StoredSurvey(hash: hash, id: survey.id, version: survey.version, source: bytes))
    return (survey, hash)
  }

  /// The survey an intake was started under, from the store.
  func storedSurvey(_ record: IntakeRecord) throws -> Survey {
    try files.loadKept(record.surveyHash, from: store)
  }

  /// An intake by participant id (its latest) or intake number.
  func findIntake(_ text: String) throws -> IntakeRecord {
    let participant = PseudonymousID.normalised(text)
    if let record = try store.latestIntake(of: participant) { return record }
    if let number = IntakeID(text), let record = try store.intake(number) { return record }
    Diagnostics.error("error: " + ui("intake.unknown", text))
    throw ExitStatus.dataError
  }

  /// Lists unfinished intakes and lets the adviser pick one (Enter for a new intake).
  private func chooseUnfinished() throws -> String? {
    let unfinished = try store.unfinishedIntakes()
    guard !unfinished.isEmpty else { return nil }
    console.line(ui("intake.unfinished"))
    for (index, record) in unfinished.prefix(20).enumerated() {
      let answered = try store.answers(of: record.id).answers.count
      console.line(
        "  \(index + 1)  \(record.participant)  "
          + ui("intake.unfinished-row", record.updatedAt.formatted(.iso8601), String(answered)))
    }
    while true {
      console.write(ui("intake.choose-unfinished", String(min(20, unfinished.count))) + ": ")
      guard let line = console.readLine() else { return nil }
      let text = line.trimmingCharacters(in: .whitespaces)
      if text.isEmpty { return nil }
      if let number = Int(text), (1...min(20, unfinished.count)).contains(number) {
        return unfinished[number - 1].participant.rawValue
      }
      console.line("  ! " + ui("intake.error.not-option", String(min(20, unfinished.count))))
    }
  }
}
