import KartleggCore

/// Everything one imported answers file becomes, stored in one transaction: the registration,
/// the intake, its answers, its assessment and (optionally) the acceptance — or, when a stop of
/// the survey ended the intake, its status and no assessment.
public struct IntakeImport: Hashable, Sendable {
  /// How the imported intake ends.
  public enum Ending: Hashable, Sendable {
    /// Assessed, and accepted at once when asked.
    case assessed(AssessedResult, accept: Bool)
    /// Stopped before the survey could start: the status, no result.
    case stopped(IntakeStatus)
  }

  /// Who the participant is.
  public var registration: Registration
  /// The kept survey definition's hash.
  public var surveyHash: String
  /// The participant-side language.
  public var language: LanguageCode
  /// The answers.
  public var answers: AnswerSet
  /// How the intake ends.
  public var ending: Ending
  /// The idempotency key: a hash of the file's content and the participant's name, so that an
  /// import retried after a failure finds the participant the first attempt made.
  public var key: String

  /// Creates an import.
  ///
  /// - Parameters:
  ///   - registration: Who the participant is.
  ///   - surveyHash: The kept survey definition's hash.
  ///   - language: The participant-side language.
  ///   - answers: The answers.
  ///   - ending: How the intake ends.
  ///   - key: The idempotency key.
  public init(
    registration: Registration, surveyHash: String, language: LanguageCode, answers: AnswerSet,
    ending: Ending, key: String
  ) {
    self.registration = registration
    self.surveyHash = surveyHash
    self.language = language
    self.answers = answers
    self.ending = ending
    self.key = key
  }

  /// Creates the import of an assessed intake.
  ///
  /// - Parameters:
  ///   - registration: Who the participant is.
  ///   - surveyHash: The kept survey definition's hash.
  ///   - language: The participant-side language.
  ///   - answers: The answers.
  ///   - result: The assessment of those answers.
  ///   - accept: Whether the result is accepted at once.
  ///   - key: The idempotency key.
  public init(
    registration: Registration, surveyHash: String, language: LanguageCode, answers: AnswerSet,
    result: AssessedResult, accept: Bool, key: String
  ) {
    self.init(
      registration: registration, surveyHash: surveyHash, language: language, answers: answers,
      ending: .assessed(result, accept: accept), key: key)
  }
}

/// What an import stored, or found already stored.
public struct ImportOutcome: Hashable, Sendable {
  /// The participant.
  public var participant: ParticipantID
  /// The intake.
  public var intake: IntakeID
  /// Whether the same file and name had been imported before (nothing new was stored).
  public var isRepeat: Bool

  /// Creates an outcome.
  ///
  /// - Parameters:
  ///   - participant: The participant.
  ///   - intake: The intake.
  ///   - isRepeat: Whether the import had been made before.
  public init(participant: ParticipantID, intake: IntakeID, isRepeat: Bool) {
    self.participant = participant
    self.intake = intake
    self.isRepeat = isRepeat
  }
}
