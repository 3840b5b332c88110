/// A small, fast, seedable random number generator (SplitMix64).
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator.
  ///
  /// - Parameter seed: The seed.
  public init(seed: UInt64) {
    self.state = seed
  }

  /// The next 64 random bits.
  ///
  /// - Returns: A random value.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A random integer in `0..<bound`.
  ///
  /// - Parameter bound: The exclusive upper bound (at least 1).
  /// - Returns: The integer.
  public mutating func next(upTo bound: Int) -> Int {
    Int(next() % UInt64(max(1, bound)))
  }

  /// A random number in `0..<1`.
  ///
  /// - Returns: The number.
  public mutating func unit() -> Double {
    Double(next() >> 11) / Double(1 << 53)
  }
}
