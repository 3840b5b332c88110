/// The group sizes a cohort grouping uses: the policy's, or overrides given for one run (e.g.
/// `--min 8 --max 10`), and whether they were overridden, so the output can say so.
public struct GroupSizes: Hashable, Sendable {
  /// The smallest allowed group.
  public var minimum: Int
  /// The largest allowed group.
  public var maximum: Int
  /// The size groups should be near, or `nil` for any within the limits.
  public var target: Int?
  /// Whether any size differs from the policy's.
  public var isOverridden: Bool

  /// Creates sizes.
  ///
  /// - Parameters:
  ///   - minimum: The smallest allowed group.
  ///   - maximum: The largest allowed group.
  ///   - target: The target size.
  ///   - isOverridden: Whether any size differs from the policy's.
  public init(minimum: Int, maximum: Int, target: Int?, isOverridden: Bool = false) {
    self.minimum = minimum
    self.maximum = maximum
    self.target = target
    self.isOverridden = isOverridden
  }

  /// A policy's sizes with any overrides applied.
  ///
  /// A target the overrides push outside the new limits is moved to the nearest limit (the
  /// policy's target of 8 under `--min 9 --max 12` becomes 9); an explicit target is kept as
  /// given, so the planner can reject it with its reason.
  ///
  /// - Parameters:
  ///   - policy: The policy.
  ///   - minimum: The smallest group, if overridden.
  ///   - maximum: The largest group, if overridden.
  ///   - target: The target size, if overridden.
  /// - Returns: The sizes.
  public static func of(
    _ policy: GroupingPolicy, minimum: Int? = nil, maximum: Int? = nil, target: Int? = nil
  ) -> Self {
    let low = minimum ?? policy.minimumSize
    let high = maximum ?? policy.maximumSize
    var chosen = target ?? policy.targetSize
    if target == nil, let policyTarget = policy.targetSize, low <= high {
      chosen = min(max(policyTarget, low), high)
    }
    let overridden =
      low != policy.minimumSize || high != policy.maximumSize || chosen != policy.targetSize
    return GroupSizes(minimum: low, maximum: high, target: chosen, isOverridden: overridden)
  }
}
