import Foundation
import KartleggCore

/// Everything stored about one participant, for an access request.
public struct ParticipantExport: Hashable, Sendable {
  /// The pseudonymous id.
  public var id: ParticipantID
  /// The name or case reference.
  public var name: String?
  /// The contact details.
  public var contact: String?
  /// The cohort's name.
  public var cohort: String
  /// The programme.
  public var programme: String?
  /// When registered.
  public var registeredAt: Date
  /// The intakes with their answers and results, oldest first.
  public var intakes: [IntakeExport]
  /// The audit entries about the participant.
  public var audit: [AuditEntry]
}

/// One intake of an export.
public struct IntakeExport: Hashable, Sendable {
  /// The intake.
  public var intake: IntakeRecord
  /// Its answers and skips.
  public var answers: StoredAnswers
  /// Its result, if assessed.
  public var result: StoredResult?
}
