import Foundation
import KartleggCore

/// Whether a cohort's group plan is still being worked on or agreed.
public enum GroupPlanState: String, Hashable, Sendable, CaseIterable {
  /// Suggested, and editable with moves.
  case draft
  /// Accepted by an adviser.
  case accepted
}

/// A cohort's stored group plan: what was planned, its state, and who made and accepted it.
public struct StoredGroupPlan: Hashable, Sendable {
  /// The cohort's name.
  public var cohort: String
  /// Draft or accepted.
  public var state: GroupPlanState
  /// The policy, survey and groups.
  public var plan: GroupPlanDraft
  /// Who stored it.
  public var createdBy: String
  /// When it was stored.
  public var createdAt: Date
  /// Who accepted it.
  public var acceptedBy: String?
  /// When it was accepted.
  public var acceptedAt: Date?

  /// The groups, in order.
  public var groups: [StoredGroup] { plan.groups }
}
