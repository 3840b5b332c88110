/// What to group: members with a value per key, the keys' weights, size limits and constraints.
///
/// Members are referred to by their position in ``members``. Everything here is plain data, so
/// a caller can build a request from a roster file, a cohort of assessments or a test.
public struct GroupingRequest: Hashable, Sendable {
  /// One thing a group should share, e.g. industry (bransje), with its weight in the score.
  public struct Key: Hashable, Sendable {
    /// The key's name, used in reasons, e.g. `industry`.
    public var name: String
    /// The weight of a match on this key (0–1,000); higher keys weigh more.
    public var weight: Int
    /// The percentage of members (1–100) that should share their group's value of this key:
    /// hard whenever some grouping reaches it, otherwise as near as possible; `nil` for none.
    public var minimumShare: Int?

    /// Creates a key.
    ///
    /// - Parameters:
    ///   - name: The key's name.
    ///   - weight: The weight of a match on this key.
    ///   - minimumShare: The percentage of members that should share their group's value.
    public init(name: String, weight: Int, minimumShare: Int? = nil) {
      self.name = name
      self.weight = weight
      self.minimumShare = minimumShare
    }

    /// How many of `count` members must share their group's value to reach the floor (the
    /// share rounded up), or 0 without one.
    ///
    /// - Parameter count: The number of members grouped.
    /// - Returns: The members needed.
    public func floorMembers(of count: Int) -> Int {
      guard let share = minimumShare else { return 0 }
      return (share * count + 99) / 100
    }
  }

  /// One participant to place.
  public struct Member: Hashable, Sendable {
    /// The participant's identifier, used only in messages.
    public var id: String
    /// The participant's value for each key, in the order of ``GroupingRequest/keys``.
    public var values: [String]
    /// The language an interpreter (tolk) is needed in, or `nil` if none is needed.
    public var interpreterLanguage: String?
    /// The member's level band as a rank (0 the lowest), for the level spread; `nil` when not
    /// known.
    public var band: Int?

    /// Creates a member.
    ///
    /// - Parameters:
    ///   - id: The participant's identifier.
    ///   - values: One value per key.
    ///   - interpreterLanguage: The interpreter language needed, if any.
    ///   - band: The level band's rank, if known.
    public init(id: String, values: [String], interpreterLanguage: String? = nil, band: Int? = nil)
    {
      self.id = id
      self.values = values
      self.interpreterLanguage = interpreterLanguage
      self.band = band
    }
  }

  /// A member who must be in the group with a given name.
  public struct Pin: Hashable, Sendable {
    /// The member's position in ``GroupingRequest/members``.
    public var member: Int
    /// The name of the group.
    public var group: String

    /// Creates a pin.
    ///
    /// - Parameters:
    ///   - member: The member's position.
    ///   - group: The name of the group.
    public init(member: Int, group: String) {
      self.member = member
      self.group = group
    }
  }

  /// Two members who must not share a group.
  public struct ApartPair: Hashable, Sendable {
    /// The first member's position.
    public var first: Int
    /// The second member's position.
    public var second: Int

    /// Creates a pair.
    ///
    /// - Parameters:
    ///   - first: The first member's position.
    ///   - second: The second member's position.
    public init(_ first: Int, _ second: Int) {
      self.first = first
      self.second = second
    }
  }

  /// The keys, most important first.
  public var keys: [Key]
  /// The participants.
  public var members: [Member]
  /// The smallest allowed group.
  public var minimumSize: Int
  /// The largest allowed group.
  public var maximumSize: Int
  /// Whether members needing the same interpreter language should share groups; this counts
  /// only between groupings with the same key score.
  public var prefersSharedInterpreter: Bool
  /// Members who must be in a named group.
  public var pins: [Pin]
  /// Pairs of members who must be in different groups.
  public var apart: [ApartPair]
  /// The size groups should be near, or `nil` for any size within the limits; it also fixes the
  /// number of groups (the count whose even split is nearest the target).
  public var targetSize: Int?
  /// Interpreter bookings (tolkebestillinger), level spread and size targets in the objective.
  public var balance: GroupBalance

  /// Creates a request.
  ///
  /// - Parameters:
  ///   - keys: The keys, most important first.
  ///   - members: The participants.
  ///   - minimumSize: The smallest allowed group.
  ///   - maximumSize: The largest allowed group.
  ///   - prefersSharedInterpreter: Whether to prefer a shared interpreter language.
  ///   - pins: Members who must be in a named group.
  ///   - apart: Pairs who must be in different groups.
  ///   - targetSize: The size groups should be near.
  ///   - balance: Interpreter bookings, level spread and size weights.
  public init(
    keys: [Key], members: [Member], minimumSize: Int, maximumSize: Int,
    prefersSharedInterpreter: Bool = false, pins: [Pin] = [], apart: [ApartPair] = [],
    targetSize: Int? = nil, balance: GroupBalance = GroupBalance()
  ) {
    self.keys = keys
    self.members = members
    self.minimumSize = minimumSize
    self.maximumSize = maximumSize
    self.prefersSharedInterpreter = prefersSharedInterpreter
    self.pins = pins
    self.apart = apart
    self.targetSize = targetSize
    self.balance = balance
  }
}
