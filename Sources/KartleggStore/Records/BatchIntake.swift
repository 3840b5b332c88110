import KartleggCore

/// One participant to register with an intake already answered, stored with others in one
/// transaction (``Storage/storeBatch(_:actor:)``): the demo's synthetic cohort.
public struct BatchIntake: Hashable, Sendable {
  /// Who and where.
  public var registration: Registration
  /// The kept survey definition the intake runs under.
  public var surveyHash: String
  /// The participant-side language.
  public var language: LanguageCode
  /// The answers.
  public var answers: AnswerSet
  /// The assessment, when the intake has been assessed.
  public var result: AssessedResult?
  /// Whether the result is accepted and the intake complete.
  public var accept: Bool
  /// The status the survey stopped the intake with (not informed about storage), if it did:
  /// such an intake keeps its answers and gets no result.
  public var stopStatus: IntakeStatus?

  /// Creates a batch item.
  ///
  /// - Parameters:
  ///   - registration: Who and where.
  ///   - surveyHash: The kept survey definition.
  ///   - language: The participant-side language.
  ///   - answers: The answers.
  ///   - result: The assessment, if any.
  ///   - accept: Whether to accept it.
  ///   - stopStatus: The status the survey stopped the intake with, if it did.
  public init(
    registration: Registration, surveyHash: String, language: LanguageCode, answers: AnswerSet,
    result: AssessedResult?, accept: Bool, stopStatus: IntakeStatus? = nil
  ) {
    self.registration = registration
    self.surveyHash = surveyHash
    self.language = language
    self.answers = answers
    self.result = result
    self.accept = accept
    self.stopStatus = stopStatus
  }
}
