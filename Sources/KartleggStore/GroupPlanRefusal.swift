import KartleggCore

/// Why the store refused a change to a cohort's groups: the cohort, participants, groups and
/// limits involved, for the command to say in the adviser's language.
public struct GroupPlanRefusal: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public enum Reason: Hashable, Sendable {
    /// No cohort has the name.
    case unknownCohort(String)
    /// The cohort has no draft plan to change or accept.
    case noDraft(cohort: String)
    /// The participant does not belong to the cohort.
    case notInCohort(ParticipantID, cohort: String)
    /// The participant is in no group of the draft.
    case notPlaced(ParticipantID)
    /// The draft has no group with the name.
    case unknownGroup(String)
    /// The participant is in the group already.
    case alreadyInGroup(ParticipantID, group: String)
    /// The move would leave the group it leaves smaller than the minimum.
    case belowMinimum(group: String, size: Int, minimum: Int)
    /// The move would make the group it joins larger than the maximum.
    case aboveMaximum(group: String, size: Int, maximum: Int)
    /// Both ids of a pair are the same participant.
    case apartFromSelf(ParticipantID)
    /// The two participants of a swap are in the same group.
    case sameGroup(ParticipantID, ParticipantID, group: String)
  }

  /// What is wrong.
  public var reason: Reason

  /// Creates a refusal.
  ///
  /// - Parameter reason: What is wrong.
  public init(_ reason: Reason) {
    self.reason = reason
  }

  /// The message in English.
  public var description: String {
    switch reason {
    case .unknownCohort(let cohort): return "no cohort '\(cohort)'"
    case .noDraft(let cohort): return "cohort '\(cohort)' has no draft group plan"
    case .notInCohort(let participant, let cohort):
      return "participant '\(participant)' is not in cohort '\(cohort)'"
    case .notPlaced(let participant): return "participant '\(participant)' is in no group"
    case .unknownGroup(let group): return "no group '\(group)' in the draft plan"
    case .alreadyInGroup(let participant, let group):
      return "participant '\(participant)' is in group '\(group)' already"
    case .belowMinimum(let group, let size, let minimum):
      return "group '\(group)' would have \(size) members, fewer than the minimum \(minimum)"
    case .aboveMaximum(let group, let size, let maximum):
      return "group '\(group)' would have \(size) members, more than the maximum \(maximum)"
    case .apartFromSelf(let participant):
      return "participant '\(participant)' cannot be kept apart from themself"
    case .sameGroup(let first, let second, let group):
      return "participants '\(first)' and '\(second)' are both in group '\(group)' already"
    }
  }
}
