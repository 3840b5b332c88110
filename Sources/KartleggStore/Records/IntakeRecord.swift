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
}
