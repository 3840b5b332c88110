/// What a grouping weighs besides shared key values: interpreter bookings, the spread of level
/// bands in a group and the distance of group sizes from the target.
///
/// Weights are in the units of key weights per member: a booking weight of 6 under keys weighing
/// 4 and 2 trades one (group, language) booking for one member matching on both keys. Caps are
/// hard whenever some grouping meets them; otherwise the plan names who is left over them.
public struct GroupBalance: Hashable, Sendable {
  /// The most interpreter languages one group may need, or `nil` for no cap.
  public var maximumInterpreterLanguages: Int?
  /// The cost of one (group, language) interpreter booking (tolkebestilling).
  public var bookingWeight: Int
  /// The most level bands one group may span, or `nil` for no cap.
  public var maximumLevelSpan: Int?
  /// The cost of each level band a group spans beyond its first.
  public var levelSpanWeight: Int
  /// The cost of each member a group is away from the target size.
  public var targetWeight: Int

  /// Creates a balance; the defaults weigh nothing and cap nothing.
  ///
  /// - Parameters:
  ///   - maximumInterpreterLanguages: The cap on interpreter languages per group.
  ///   - bookingWeight: The cost of one booking.
  ///   - maximumLevelSpan: The cap on level bands per group.
  ///   - levelSpanWeight: The cost of each band spanned beyond the first.
  ///   - targetWeight: The cost of each member away from the target size.
  public init(
    maximumInterpreterLanguages: Int? = nil, bookingWeight: Int = 0, maximumLevelSpan: Int? = nil,
    levelSpanWeight: Int = 0, targetWeight: Int = 0
  ) {
    self.maximumInterpreterLanguages = maximumInterpreterLanguages
    self.bookingWeight = bookingWeight
    self.maximumLevelSpan = maximumLevelSpan
    self.levelSpanWeight = levelSpanWeight
    self.targetWeight = targetWeight
  }

  /// Whether interpreter languages count in the objective.
  var weighsBookings: Bool { maximumInterpreterLanguages != nil || bookingWeight > 0 }

  /// Whether level bands count in the objective.
  var weighsLevels: Bool { maximumLevelSpan != nil || levelSpanWeight > 0 }
}
