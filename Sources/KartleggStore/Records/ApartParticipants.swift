import KartleggCore

/// Two participants who must be in different groups.
public struct ApartParticipants: Hashable, Sendable {
  /// The participant with the smaller id.
  public var first: ParticipantID
  /// The other participant.
  public var second: ParticipantID

  /// Creates a pair in stored order (smaller id first).
  ///
  /// - Parameters:
  ///   - one: One participant.
  ///   - other: The other.
  public init(_ one: ParticipantID, _ other: ParticipantID) {
    (first, second) = one < other ? (one, other) : (other, one)
  }
}
