import KartleggCore
import KartleggStore

/// A participant of the cohort in no group, and why: not assessed yet, or the survey's
/// grouping condition does not hold (for the standard survey: not informed about storage).
public struct NotGrouped: Hashable, Sendable {
  /// Why a participant is in no group.
  public enum Reason: Hashable, Sendable {
    /// No result yet.
    case notAssessed
    /// The survey's grouping condition does not hold; its source text.
    case conditionFails(String)
  }

  /// Who.
  public var participant: ParticipantID
  /// Why.
  public var reason: Reason

  /// Everyone of an assessed cohort left out of grouping, with why.
  ///
  /// - Parameters:
  ///   - assessed: The cohort.
  ///   - excluded: Those the eligibility rule left out.
  /// - Returns: The participants not grouped, not assessed first.
  static func of(assessed: AssessedCohort, excluded: [GroupingEligibility.Excluded]) -> [Self] {
    assessed.notAssessed.map { NotGrouped(participant: $0, reason: .notAssessed) }
      + excluded.map { excluded in
        switch excluded.exclusion {
        case .notAssessed:
          return NotGrouped(participant: ParticipantID(excluded.id), reason: .notAssessed)
        case .conditionFails(let condition):
          return NotGrouped(
            participant: ParticipantID(excluded.id), reason: .conditionFails(condition))
        }
      }
  }
}
