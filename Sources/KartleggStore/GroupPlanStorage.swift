import KartleggCore

/// Where kartlegg keeps each cohort's group plans and the pins and keep-apart pairs for them.
///
/// A cohort has at most one draft plan (replaced by each suggestion, edited by moves) and at
/// most one accepted plan (replaced by each acceptance). Every change is one transaction and
/// leaves an audit entry with participant ids only.
public protocol GroupPlanStorage: Sendable {
  /// Stores a plan as the cohort's draft, replacing any earlier draft.
  func saveDraft(_ plan: GroupPlanDraft, cohort: String, actor: String) throws

  /// The cohort's accepted plan, else its draft, else `nil`: what the cohort summary shows.
  func groupPlan(cohort: String) throws -> StoredGroupPlan?

  /// The cohort's plan in one state.
  func groupPlan(cohort: String, state: GroupPlanState) throws -> StoredGroupPlan?

  /// Moves a participant to another group of the cohort's draft, within the size limits.
  func move(_ participant: ParticipantID, to group: String, cohort: String, actor: String) throws

  /// Pins a participant to a named group for the next suggestion, or removes the pin (`nil`).
  func pin(_ participant: ParticipantID, to group: String?, cohort: String, actor: String) throws

  /// Swaps two participants between their groups of the cohort's draft.
  func swap(_ first: ParticipantID, _ second: ParticipantID, cohort: String, actor: String) throws

  /// Pins a participant to a named group under a policy, or removes the pin (`nil`).
  func pin(
    _ participant: ParticipantID, to group: String?, cohort: String, policy: PolicyID?,
    actor: String
  ) throws

  /// Keeps two participants apart under a policy, or no longer (`isApart` false).
  func keepApart(
    _ pair: ApartParticipants, isApart: Bool, cohort: String, policy: PolicyID?, actor: String
  ) throws

  /// Keeps two participants apart in the next suggestion, or no longer (`isApart` false).
  func keepApart(
    _ pair: ApartParticipants, isApart: Bool, cohort: String, actor: String
  ) throws

  /// The cohort's pins and keep-apart pairs.
  func groupConstraints(cohort: String) throws -> GroupConstraints

  /// Makes the cohort's draft its accepted plan, replacing an earlier accepted plan.
  func acceptDraft(cohort: String, actor: String) throws
}
