import Foundation
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

/// Decodes stored answers once per distinct stored text: a cohort's answers repeat the same few
/// choices, and decoding JSON is the costly part of reading them.
public struct AnswerDecodingCache {
  private var decoded: [String: Answer] = [:]

  /// Creates an empty cache.
  public init() {}

  /// The answer a stored text holds.
  ///
  /// - Parameter text: The tagged JSON.
  /// - Returns: The answer.
  /// - Throws: ``StorageError/corrupt(_:)`` when the text is not a tagged answer.
  public mutating func decode(_ text: String) throws -> Answer {
    if let answer = decoded[text] { return answer }
    let answer = try AnswerCoding.decode(text)
    decoded[text] = answer
    return answer
  }
}
