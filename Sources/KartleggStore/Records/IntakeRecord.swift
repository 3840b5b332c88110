import Foundation
import KartleggCore

/// The number of an intake in the store.
public typealias IntakeID = Int64

/// One intake: a participant answering one survey.
public struct IntakeRecord: Hashable, Sendable {
  /// The intake's number.
  public var id: IntakeID
  /// The participant.
  public var participant: ParticipantID
  /// The hash of the survey definition it runs under.
  public var surveyHash: String
  /// The survey's id.
  public var surveyID: SurveyID
  /// The survey's version.
  public var surveyVersion: String
  /// The participant-side language.
  public var language: LanguageCode
  /// Where it stands.
  public var status: IntakeStatus
  /// When it started.
  public var startedAt: Date
  /// When an answer or status last changed.
  public var updatedAt: Date

  /// Creates an intake record.
  ///
  /// - Parameters:
  ///   - id: The intake's number.
  ///   - participant: The participant.
  ///   - surveyHash: The survey definition's hash.
  ///   - surveyID: The survey's id.
  ///   - surveyVersion: The survey's version.
  ///   - language: The participant-side language.
  ///   - status: Where it stands.
  ///   - startedAt: When it started.
  ///   - updatedAt: When it last changed.
  public init(
    id: IntakeID, participant: ParticipantID, surveyHash: String, surveyID: SurveyID,
    surveyVersion: String, language: LanguageCode, status: IntakeStatus, startedAt: Date,
    updatedAt: Date
  ) {
    self.id = id
    self.participant = participant
    self.surveyHash = surveyHash
    self.surveyID = surveyID
    self.surveyVersion = surveyVersion
    self.language = language
    self.status = status
    self.startedAt = startedAt
    self.updatedAt = updatedAt
  }
}
