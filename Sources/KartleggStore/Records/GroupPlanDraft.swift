import KartleggCore

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
