import KartleggCore

/// The pins and keep-apart pairs stored for a cohort, for the next suggestion.
public struct GroupConstraints: Hashable, Sendable {
  /// Participants who must be in a named group, by participant.
  public var pins: [ParticipantID: String]
  /// Pairs who must be in different groups, each with the smaller id first, sorted.
  public var apart: [ApartParticipants]

  /// Creates constraints.
  ///
  /// - Parameters:
  ///   - pins: Group names by participant.
  ///   - apart: Pairs kept apart.
  public init(pins: [ParticipantID: String] = [:], apart: [ApartParticipants] = []) {
    self.pins = pins
    self.apart = apart
  }
}
