import KartleggCore

/// The parts of an assessment an adviser can override, as stored (Core's ``AssessedPart``).
public typealias ResultPart = AssessedPart

/// What the assessment concluded, as stored: each part's value (level id, channel id, need,
/// language code or mode), the flags, and the completeness.
public struct AssessedResult: Hashable, Sendable {
  /// Each part's assessed value; a part without a value is absent.
  public var values: [ResultPart: String]
  /// The flags raised.
  public var flags: [FlagID]
  /// Whether a level rests on an incomplete intake.
  public var isProvisional: Bool
  /// Answered questions among those that apply, 0 to 1.
  public var completeness: Double

  /// Creates a result.
  ///
  /// - Parameters:
  ///   - values: Each part's value.
  ///   - flags: The flags raised.
  ///   - isProvisional: Whether a level is provisional.
  ///   - completeness: The share answered.
  public init(
    values: [ResultPart: String], flags: [FlagID], isProvisional: Bool, completeness: Double
  ) {
    self.values = values
    self.flags = flags
    self.isProvisional = isProvisional
    self.completeness = completeness
  }
}
