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

  /// Creates an export.
  ///
  /// - Parameters:
  ///   - id: The pseudonymous id.
  ///   - name: The name.
  ///   - contact: The contact details.
  ///   - cohort: The cohort.
  ///   - programme: The programme.
  ///   - registeredAt: When registered.
  ///   - intakes: The intakes.
  ///   - audit: The audit entries about them.
  public init(
    id: ParticipantID, name: String?, contact: String?, cohort: String, programme: String?,
    registeredAt: Date, intakes: [IntakeExport], audit: [AuditEntry]
  ) {
    self.id = id
    self.name = name
    self.contact = contact
    self.cohort = cohort
    self.programme = programme
    self.registeredAt = registeredAt
    self.intakes = intakes
    self.audit = audit
  }
}

/// One intake of an export.
public struct IntakeExport: Hashable, Sendable {
  /// The intake.
  public var intake: IntakeRecord
  /// Its answers and skips.
  public var answers: StoredAnswers
  /// Its result, if assessed.
  public var result: StoredResult?

  /// Creates one intake of an export.
  ///
  /// - Parameters:
  ///   - intake: The intake.
  ///   - answers: Its answers.
  ///   - result: Its result.
  public init(intake: IntakeRecord, answers: StoredAnswers, result: StoredResult?) {
    self.intake = intake
    self.answers = answers
    self.result = result
  }
}
