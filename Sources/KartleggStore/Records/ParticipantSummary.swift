import Foundation
import KartleggCore

/// One row of the participant list.
public struct ParticipantSummary: Hashable, Sendable {
  /// The pseudonymous id.
  public var id: ParticipantID
  /// The cohort's name.
  public var cohort: String
  /// The latest intake's status, if an intake exists.
  public var status: IntakeStatus?
  /// The overall level in force, if assessed.
  public var level: String?
  /// The name, only when asked for.
  public var name: String?
  /// When the participant was registered.
  public var registeredAt: Date
}
