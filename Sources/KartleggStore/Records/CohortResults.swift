import KartleggCore

/// One participant's latest intake with its result, as a whole cohort is read for grouping.
public struct AssessedIntake: Hashable, Sendable {
  /// The participant.
  public var participant: ParticipantID
  /// The participant's latest intake.
  public var intake: IntakeID
  /// The hash of the survey definition the intake ran under.
  public var surveyHash: String
  /// The intake's answers (skips left out).
  public var answers: AnswerSet
  /// The intake's result with its overrides.
  public var result: StoredResult

  /// Creates an assessed intake.
  ///
  /// - Parameters:
  ///   - participant: The participant.
  ///   - intake: The latest intake.
  ///   - surveyHash: Its survey definition's hash.
  ///   - answers: Its answers.
  ///   - result: Its result.
  public init(
    participant: ParticipantID, intake: IntakeID, surveyHash: String, answers: AnswerSet,
    result: StoredResult
  ) {
    self.participant = participant
    self.intake = intake
    self.surveyHash = surveyHash
    self.answers = answers
    self.result = result
  }
}

/// A cohort's results, read in one transaction with a fixed number of statements: each
/// participant whose latest intake has a result, and apart those whose latest intake has none.
public struct CohortResults: Hashable, Sendable {
  /// Participants whose latest intake has a result, in registration order.
  public var assessed: [AssessedIntake]
  /// Participants without an intake or whose latest intake has no result, in registration
  /// order.
  public var notAssessed: [ParticipantID]

  /// Creates a cohort's results.
  ///
  /// - Parameters:
  ///   - assessed: The assessed participants.
  ///   - notAssessed: The others.
  public init(assessed: [AssessedIntake] = [], notAssessed: [ParticipantID] = []) {
    self.assessed = assessed
    self.notAssessed = notAssessed
  }
}
