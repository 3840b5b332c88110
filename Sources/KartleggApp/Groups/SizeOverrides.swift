/// Group sizes an adviser asks for instead of the policy's (`--min`, `--max`, `--target`).
public struct SizeOverrides: Hashable, Sendable {
  /// The smallest group.
  public var minimum: Int?
  /// The largest group.
  public var maximum: Int?
  /// The size to aim for.
  public var target: Int?

  /// Creates the overrides; `nil` keeps the policy's.
  ///
  /// - Parameters:
  ///   - minimum: The smallest group.
  ///   - maximum: The largest group.
  ///   - target: The size to aim for.
  public init(minimum: Int? = nil, maximum: Int? = nil, target: Int? = nil) {
    self.minimum = minimum
    self.maximum = maximum
    self.target = target
  }
}
