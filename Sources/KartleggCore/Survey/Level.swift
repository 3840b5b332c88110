/// A level a participant can be placed at, e.g. beginner (nybegynner).
public struct Level: Hashable, Sendable {
  /// The level's identifier.
  public var id: LevelID
  /// The label in the source language.
  public var label: String
  /// A description in the source language, e.g. the DigComp proficiency it maps to.
  public var description: String?
  /// Where the level is defined.
  public var location: DocumentLocation

  /// Creates a level.
  ///
  /// - Parameters:
  ///   - id: The level's identifier.
  ///   - label: The label in the source language.
  ///   - description: A description in the source language.
  ///   - location: Where it is defined.
  public init(id: LevelID, label: String, description: String? = nil, location: DocumentLocation) {
    self.id = id
    self.label = label
    self.description = description
    self.location = location
  }
}

/// A scoring dimension (e.g. a DigComp area) with the bands that turn its percentage into a level.
public struct Dimension: Hashable, Sendable {
  /// The dimension's identifier.
  public var id: DimensionID
  /// The label in the source language.
  public var label: String
  /// The bands, covering 0–100 without gaps or overlaps.
  public var bands: [LevelBand]
  /// Gates that cap the level whatever the score.
  public var gates: [Gate]
  /// Where the dimension is defined.
  public var location: DocumentLocation

  /// Creates a dimension.
  ///
  /// - Parameters:
  ///   - id: The dimension's identifier.
  ///   - label: The label in the source language.
  ///   - bands: The level bands.
  ///   - gates: The gates.
  ///   - location: Where it is defined.
  public init(
    id: DimensionID, label: String, bands: [LevelBand], gates: [Gate] = [],
    location: DocumentLocation
  ) {
    self.id = id
    self.label = label
    self.bands = bands
    self.gates = gates
    self.location = location
  }
}

/// How the overall level is decided: bands on the weighted mean of the dimension percentages,
/// then gates.
public struct OverallLevel: Hashable, Sendable {
  /// Weight per dimension in the mean; a dimension not listed weighs 1.
  public var weights: [DimensionWeight]

  /// The weight of a dimension: as listed, else 1.
  ///
  /// - Parameter dimension: The dimension.
  /// - Returns: Its weight.
  public func weight(of dimension: DimensionID) -> Int {
    weights.first { $0.dimension == dimension }?.weight ?? 1
  }
  /// The bands, covering 0–100 without gaps or overlaps.
  public var bands: [LevelBand]
  /// Gates that cap the overall level whatever the score.
  public var gates: [Gate]
  /// Where the overall rule is defined.
  public var location: DocumentLocation

  /// Creates the overall rule.
  ///
  /// - Parameters:
  ///   - weights: Weight per dimension.
  ///   - bands: The level bands.
  ///   - gates: The gates.
  ///   - location: Where it is defined.
  public init(
    weights: [DimensionWeight], bands: [LevelBand], gates: [Gate], location: DocumentLocation
  ) {
    self.weights = weights
    self.bands = bands
    self.gates = gates
    self.location = location
  }
}

/// The weight of one dimension in the overall level.
public struct DimensionWeight: Hashable, Sendable {
  /// The dimension.
  public var dimension: DimensionID
  /// Its weight; 0 leaves it out of the overall level.
  public var weight: Int
  /// Where the weight is defined.
  public var location: DocumentLocation

  /// Creates a weight.
  ///
  /// - Parameters:
  ///   - dimension: The dimension.
  ///   - weight: Its weight.
  ///   - location: Where it is defined.
  public init(dimension: DimensionID, weight: Int, location: DocumentLocation) {
    self.dimension = dimension
    self.weight = weight
    self.location = location
  }
}

/// A range of percentages (inclusive bounds, whole numbers) that maps to a level.
public struct LevelBand: Hashable, Sendable {
  /// The level this band gives.
  public var level: LevelID
  /// The lowest percentage in the band, inclusive.
  public var minimum: Int
  /// The highest percentage in the band, inclusive.
  public var maximum: Int
  /// Where the band is defined.
  public var location: DocumentLocation

  /// Creates a band.
  ///
  /// - Parameters:
  ///   - level: The level it gives.
  ///   - minimum: The lowest percentage, inclusive.
  ///   - maximum: The highest percentage, inclusive.
  ///   - location: Where it is defined.
  public init(level: LevelID, minimum: Int, maximum: Int, location: DocumentLocation) {
    self.level = level
    self.minimum = minimum
    self.maximum = maximum
    self.location = location
  }

  /// Whether a whole percentage falls in the band.
  ///
  /// - Parameter percentage: A whole percentage.
  /// - Returns: Whether it lies within the inclusive bounds.
  public func contains(_ percentage: Int) -> Bool {
    minimum <= percentage && percentage <= maximum
  }
}

/// A rule that caps a level when its condition holds, whatever the score
/// (e.g. nobody who cannot send a message is above beginner in communication).
public struct Gate: Hashable, Sendable {
  /// The gate's identifier.
  public var id: RuleID
  /// The highest level allowed when the condition holds.
  public var cap: LevelID
  /// When the gate applies.
  public var condition: Condition
  /// Why, in the source language.
  public var reason: String

  /// Creates a gate.
  ///
  /// - Parameters:
  ///   - id: The gate's identifier.
  ///   - cap: The highest level allowed when it applies.
  ///   - condition: When it applies.
  ///   - reason: Why, in the source language.
  public init(id: RuleID, cap: LevelID, condition: Condition, reason: String) {
    self.id = id
    self.cap = cap
    self.condition = condition
    self.reason = reason
  }
}

/// A mark on a participant that matters for follow-up, e.g. no internet at home.
public struct Flag: Hashable, Sendable {
  /// The flag's identifier.
  public var id: FlagID
  /// The label in the source language.
  public var label: String
  /// When the flag is raised.
  public var condition: Condition
  /// Where the flag is defined.
  public var location: DocumentLocation

  /// Creates a flag.
  ///
  /// - Parameters:
  ///   - id: The flag's identifier.
  ///   - label: The label in the source language.
  ///   - condition: When it is raised.
  ///   - location: Where it is defined.
  public init(id: FlagID, label: String, condition: Condition, location: DocumentLocation) {
    self.id = id
    self.label = label
    self.condition = condition
    self.location = location
  }
}
