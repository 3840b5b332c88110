/// How to split a cohort into groups: keys in priority order and size limits.
public struct GroupingPolicy: Hashable, Sendable {
  /// The policy's identifier.
  public var id: PolicyID
  /// The label in the source language.
  public var label: String
  /// What groups should share, most important first.
  public var keys: [GroupingKey]
  /// The smallest allowed group.
  public var minimumSize: Int
  /// The largest allowed group.
  public var maximumSize: Int
  /// Whether to prefer groups that share an interpreter language.
  public var prefersSharedInterpreter: Bool
  /// The size groups should be near, or `nil` for any size within the limits.
  public var targetSize: Int?
  /// Interpreter bookings, level spread and size weights and caps.
  public var balance: GroupBalance
  /// Where the policy is defined.
  public var location: DocumentLocation

  /// Creates a grouping policy.
  ///
  /// - Parameters:
  ///   - id: The policy's identifier.
  ///   - label: The label in the source language.
  ///   - keys: The keys, most important first.
  ///   - minimumSize: The smallest allowed group.
  ///   - maximumSize: The largest allowed group.
  ///   - prefersSharedInterpreter: Whether to prefer a shared interpreter language.
  ///   - targetSize: The size groups should be near.
  ///   - balance: Interpreter bookings, level spread and size weights and caps.
  ///   - location: Where it is defined.
  public init(
    id: PolicyID, label: String, keys: [GroupingKey], minimumSize: Int, maximumSize: Int,
    prefersSharedInterpreter: Bool, targetSize: Int? = nil, balance: GroupBalance = GroupBalance(),
    location: DocumentLocation
  ) {
    self.targetSize = targetSize
    self.balance = balance
    self.id = id
    self.label = label
    self.keys = keys
    self.minimumSize = minimumSize
    self.maximumSize = maximumSize
    self.prefersSharedInterpreter = prefersSharedInterpreter
    self.location = location
  }
}

/// One thing a group should share, with its weight in the grouping score.
public struct GroupingKey: Hashable, Sendable {
  /// What is compared.
  public enum Attribute: Hashable, Sendable {
    /// The answer to a single-choice or language question.
    case answer(QuestionID)
    /// The overall level.
    case overallLevel
    /// The level in one dimension.
    case dimensionLevel(DimensionID)
  }

  /// What is compared.
  public var attribute: Attribute
  /// The weight of a match on this key; higher keys weigh more.
  public var weight: Int
  /// The key's label in the source language (e.g. `Bransje`), or `nil` to use the question's
  /// or level's own.
  public var label: String?
  /// The percentage of members (1–100) that should share their group's value, or `nil`.
  public var minimumShare: Int?
  /// Where the key is defined.
  public var location: DocumentLocation

  /// Creates a grouping key.
  ///
  /// - Parameters:
  ///   - attribute: What is compared.
  ///   - weight: The weight of a match.
  ///   - label: The label in the source language.
  ///   - minimumShare: The percentage of members that should share their group's value.
  ///   - location: Where it is defined.
  public init(
    attribute: Attribute, weight: Int, label: String? = nil, minimumShare: Int? = nil,
    location: DocumentLocation
  ) {
    self.label = label
    self.minimumShare = minimumShare
    self.attribute = attribute
    self.weight = weight
    self.location = location
  }
}

extension GroupingKey {
  /// The key's name: the question id, `overall-level` or `level:<dimension>`.
  public var name: String {
    switch attribute {
    case .answer(let question): return question.rawValue
    case .overallLevel: return "overall-level"
    case .dimensionLevel(let dimension): return "level:\(dimension)"
    }
  }

  /// The translation key of the key's label, e.g. `policy.work.key.background.industry.label`.
  ///
  /// - Parameter policy: The policy the key belongs to.
  /// - Returns: The translation key.
  public func textKey(policy: PolicyID) -> String { "policy.\(policy).key.\(name).label" }
}
