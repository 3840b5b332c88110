import KartleggCore
import KartleggStore

/// A participant of the cohort in no group, and why: not informed about storage (the intake
/// stopped), not assessed yet, or the survey's grouping condition does not hold.
public struct NotGrouped: Hashable, Sendable {
  /// Why a participant is in no group.
  public enum Reason: Hashable, Sendable {
    /// No result yet.
    case notAssessed
    /// The intake stopped: the participant is not yet informed about what is stored.
    case notInformed
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
  ///   - notInformed: The participants whose intake stopped as not informed.
  /// - Returns: The participants not grouped, not assessed first.
  static func of(
    assessed: AssessedCohort, excluded: [GroupingEligibility.Excluded],
    notInformed: Set<ParticipantID>
  ) -> [Self] {
    assessed.notAssessed.map {
      NotGrouped(participant: $0, reason: notInformed.contains($0) ? .notInformed : .notAssessed)
    }
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

  /// The cohort's participants whose latest intake stopped as not informed.
  ///
  /// - Parameters:
  ///   - cohort: The cohort.
  ///   - store: The store.
  /// - Returns: Their ids.
  /// - Throws: What the store throws.
  static func notInformed(cohort: String, in store: any Storage) throws -> Set<ParticipantID> {
    Set(
      try store.participants(cohort: cohort, includeNames: false)
        .filter { $0.status == .notInformed }.map(\.id))
  }
}
