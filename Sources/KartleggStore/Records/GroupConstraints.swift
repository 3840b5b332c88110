import KartleggCore

/// The pins and keep-apart pairs stored for a cohort, for the next suggestion.
public struct GroupConstraints: Hashable, Sendable {
  /// Participants who must be in a named group, by participant.
  public var pins: [ParticipantID: String]
  /// Pairs who must be in different groups, each with the smaller id first, sorted.
  public var apart: [ApartParticipants]
  /// The policy each pin was made under; a pin missing here predates policies.
  public var pinPolicies: [ParticipantID: PolicyID]
  /// The policy each pair was made under; a pair missing here predates policies.
  public var apartPolicies: [ApartParticipants: PolicyID]

  /// Creates constraints.
  ///
  /// - Parameters:
  ///   - pins: Group names by participant.
  ///   - apart: Pairs kept apart.
  ///   - pinPolicies: The policy of each pin.
  ///   - apartPolicies: The policy of each pair.
  public init(
    pins: [ParticipantID: String] = [:], apart: [ApartParticipants] = [],
    pinPolicies: [ParticipantID: PolicyID] = [:],
    apartPolicies: [ApartParticipants: PolicyID] = [:]
  ) {
    self.pins = pins
    self.apart = apart
    self.pinPolicies = pinPolicies
    self.apartPolicies = apartPolicies
  }

  /// The constraints a suggestion under `policy` honours: those made under it, and those made
  /// before policies were recorded (listed as carried over, so the output can say so). Those
  /// made under another policy are left out and listed.
  ///
  /// - Parameter policy: The policy of the suggestion.
  /// - Returns: The constraints to honour, with those carried over and those left out.
  public func applying(to policy: PolicyID) -> PolicyConstraints {
    var result = PolicyConstraints()
    for (participant, group) in pins.sorted(by: { $0.key < $1.key }) {
      switch pinPolicies[participant] {
      case policy?: result.constraints.pins[participant] = group
      case nil:
        result.constraints.pins[participant] = group
        result.carriedOverPins.append(participant)
      case _?: result.otherPolicyPins.append(participant)
      }
    }
    for pair in apart {
      switch apartPolicies[pair] {
      case policy?: result.constraints.apart.append(pair)
      case nil:
        result.constraints.apart.append(pair)
        result.carriedOverPairs.append(pair)
      case _?: result.otherPolicyPairs.append(pair)
      }
    }
    return result
  }
}
