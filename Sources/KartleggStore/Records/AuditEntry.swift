import Foundation
import KartleggCore

/// One entry of the append-only audit log: who did what, when, to which participant. Never an
/// answer value.
public struct AuditEntry: Hashable, Sendable {
  /// When.
  public var at: Date
  /// Who (the adviser's user name).
  public var actor: String
  /// What, such as `intake.answer` or `participant.erase`.
  public var action: String
  /// Which participant, if one.
  public var participant: ParticipantID?
  /// Details without personal data, such as a question id.
  public var detail: String?
}
