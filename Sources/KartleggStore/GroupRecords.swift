import Foundation
import KartleggCore

/// Whether a cohort's group plan is still being worked on or agreed.
public enum GroupPlanState: String, Hashable, Sendable, CaseIterable {
  /// Suggested, and editable with moves.
  case draft
  /// Accepted by an adviser.
  case accepted
}

/// One group of a stored plan.
public struct StoredGroup: Hashable, Sendable {
  /// The group's name, unique in its plan.
  public var name: String
  /// The members, in stored order.
  public var members: [ParticipantID]

  /// Creates a group.
  ///
  /// - Parameters:
  ///   - name: The group's name.
  ///   - members: The members.
  public init(name: String, members: [ParticipantID]) {
    self.name = name
    self.members = members
  }
}

/// A plan to store as a cohort's draft: the policy and survey it follows and its groups.
public struct GroupPlanDraft: Hashable, Sendable {
  /// The grouping policy.
  public var policy: PolicyID
  /// The survey definition the policy comes from.
  public var surveyHash: String
  /// The smallest allowed group.
  public var minimumSize: Int
  /// The largest allowed group.
  public var maximumSize: Int
  /// The groups, in order.
  public var groups: [StoredGroup]

  /// Creates a draft.
  ///
  /// - Parameters:
  ///   - policy: The grouping policy.
  ///   - surveyHash: The survey definition's hash.
  ///   - minimumSize: The smallest allowed group.
  ///   - maximumSize: The largest allowed group.
  ///   - groups: The groups.
  public init(
    policy: PolicyID, surveyHash: String, minimumSize: Int, maximumSize: Int,
    groups: [StoredGroup]
  ) {
    self.policy = policy
    self.surveyHash = surveyHash
    self.minimumSize = minimumSize
    self.maximumSize = maximumSize
    self.groups = groups
  }
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

  /// Creates a stored plan.
  ///
  /// - Parameters:
  ///   - cohort: The cohort.
  ///   - state: Draft or accepted.
  ///   - plan: The policy, survey and groups.
  ///   - createdBy: Who stored it.
  ///   - createdAt: When.
  ///   - acceptedBy: Who accepted it.
  ///   - acceptedAt: When.
  public init(
    cohort: String, state: GroupPlanState, plan: GroupPlanDraft, createdBy: String,
    createdAt: Date, acceptedBy: String?, acceptedAt: Date?
  ) {
    self.cohort = cohort
    self.state = state
    self.plan = plan
    self.createdBy = createdBy
    self.createdAt = createdAt
    self.acceptedBy = acceptedBy
    self.acceptedAt = acceptedAt
  }
}

/// The pins and keep-apart pairs stored for a cohort, for the next suggestion.
public struct GroupConstraints: Hashable, Sendable {
  /// Participants who must be in a named group, by participant.
  public var pins: [ParticipantID: String]
  /// Pairs who must be in different groups, each with the smaller id first, sorted.
  public var apart: [ApartParticipants]

  /// Creates constraints.
  ///
  /// - Parameters:
  ///   - pins: Group names by participant.
  ///   - apart: Pairs kept apart.
  public init(pins: [ParticipantID: String] = [:], apart: [ApartParticipants] = []) {
    self.pins = pins
    self.apart = apart
  }
}

/// Two participants who must be in different groups.
public struct ApartParticipants: Hashable, Sendable {
  /// The participant with the smaller id.
  public var first: ParticipantID
  /// The other participant.
  public var second: ParticipantID

  /// Creates a pair in stored order (smaller id first).
  ///
  /// - Parameters:
  ///   - one: One participant.
  ///   - other: The other.
  public init(_ one: ParticipantID, _ other: ParticipantID) {
    (first, second) = one < other ? (one, other) : (other, one)
  }
}
