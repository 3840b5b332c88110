import KartleggCore

/// The pins and pairs one suggestion honours, and which were carried over or left out.
public struct PolicyConstraints: Hashable, Sendable {
  /// The pins and pairs to honour.
  public var constraints = GroupConstraints()
  /// Pins honoured although they name no policy (made before policies were recorded).
  public var carriedOverPins: [ParticipantID] = []
  /// Pairs honoured although they name no policy.
  public var carriedOverPairs: [ApartParticipants] = []
  /// Pins left out because they were made under another policy.
  public var otherPolicyPins: [ParticipantID] = []
  /// Pairs left out because they were made under another policy.
  public var otherPolicyPairs: [ApartParticipants] = []

  /// Creates an empty selection.
  public init() {}
}
