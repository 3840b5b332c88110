/// A plan's quality as data for a line in words, e.g. "7 av 8 deler bransje; 9
/// tolkebestillinger, minst mulig 5": per key how many members share their group's majority,
/// and the interpreter bookings beside their lower bound.
public struct PlanQuality: Hashable, Sendable {
  /// One key's share.
  public struct KeyShare: Hashable, Sendable {
    /// The key's label, e.g. "Bransje".
    public var label: WordedText
    /// Members who share their group's majority value.
    public var matching: Int
    /// Members placed.
    public var members: Int
    /// The policy's floor for this key in percent, or `nil` without one.
    public var minimumShare: Int?

    /// Whether the share reaches the floor (true without one).
    public var reachesFloor: Bool {
      guard let share = minimumShare else { return true }
      return matching * 100 >= share * members
    }

    /// Creates a share.
    ///
    /// - Parameters:
    ///   - label: The key's label.
    ///   - matching: Members sharing their group's majority.
    ///   - members: Members placed.
    ///   - minimumShare: The policy's floor in percent, if any.
    public init(label: WordedText, matching: Int, members: Int, minimumShare: Int? = nil) {
      self.minimumShare = minimumShare
      self.label = label
      self.matching = matching
      self.members = members
    }
  }

  /// Per key, in policy order.
  public var keys: [KeyShare]
  /// Interpreter bookings beside their lower bound.
  public var bookings: BookingFigures
  /// Members left over a cap of the policy.
  public var capBreaches: [CohortCapBreach]

  /// Creates the figures.
  ///
  /// - Parameters:
  ///   - keys: Per key, its share.
  ///   - bookings: Bookings beside their bound.
  ///   - capBreaches: Members left over a cap.
  public init(keys: [KeyShare], bookings: BookingFigures, capBreaches: [CohortCapBreach]) {
    self.keys = keys
    self.bookings = bookings
    self.capBreaches = capBreaches
  }
}

extension CohortGrouping {
  /// The quality of a plan (whole, or one group's when given one group's plan) in words.
  ///
  /// - Parameter plan: A plan made or described by this grouping.
  /// - Returns: The figures.
  public func quality(of plan: CohortPlan) -> PlanQuality {
    PlanQuality(
      keys: zip(policy.keys, plan.keyMatches).map { key, matching in
        PlanQuality.KeyShare(
          label: label(of: key), matching: matching, members: plan.memberCount,
          minimumShare: key.minimumShare)
      }, bookings: plan.bookings, capBreaches: plan.capBreaches)
  }
}
