/// A member the plan could not place under a cap of the policy: the group needs more
/// interpreter languages, or spans more level bands, than the cap allows, and this member is
/// one of those beyond it.
public struct CapBreach: Hashable, Sendable {
  /// Which cap.
  public enum Cap: String, Hashable, Sendable {
    /// The most interpreter languages per group.
    case interpreterLanguages = "interpreter-languages"
    /// The most level bands per group.
    case levelSpan = "level-span"
  }

  /// The member's position in the request.
  public var member: Int
  /// The cap the member's group breaks.
  public var cap: Cap

  /// Creates a breach.
  ///
  /// - Parameters:
  ///   - member: The member's position.
  ///   - cap: The cap broken.
  public init(member: Int, cap: Cap) {
    self.member = member
    self.cap = cap
  }
}

/// Interpreter bookings (tolkebestillinger) of a plan beside the fewest any plan could need.
public struct BookingFigures: Hashable, Sendable {
  /// The (group, language) pairs the plan needs.
  public var bookings: Int
  /// The distinct interpreter languages among the members.
  public var languages: Int
  /// A proven lower bound: Σ over languages of ⌈members needing it ÷ the largest group⌉ (each
  /// group holds at most that many of one language), never less than ``languages``.
  public var lowerBound: Int

  /// Creates the figures.
  ///
  /// - Parameters:
  ///   - bookings: The pairs the plan needs.
  ///   - languages: The distinct languages.
  ///   - lowerBound: The proven lower bound.
  public init(bookings: Int, languages: Int, lowerBound: Int) {
    self.bookings = bookings
    self.languages = languages
    self.lowerBound = lowerBound
  }

  /// The figures for groups of members' interpreter languages.
  ///
  /// - Parameters:
  ///   - groups: Per group, each member's interpreter language, or `nil` when none is needed.
  ///   - maximumSize: The largest allowed group.
  /// - Returns: The figures.
  public static func of(_ groups: [[String?]], maximumSize: Int) -> Self {
    var needing: [String: Int] = [:]
    var bookings = 0
    for group in groups {
      let languages = Set(group.compactMap { $0 })
      bookings += languages.count
      for language in group.compactMap({ $0 }) { needing[language, default: 0] += 1 }
    }
    let size = max(maximumSize, 1)
    let bound = needing.values.reduce(0) { $0 + ($1 + size - 1) / size }
    return BookingFigures(bookings: bookings, languages: needing.count, lowerBound: bound)
  }
}
