import KartleggCore

/// One group of a stored plan.
public struct StoredGroup: Hashable, Sendable {
  /// The group's name, unique in its plan.
  public var name: String
  /// The members, in stored order.
  public var members: [ParticipantID]

  /// Creates a group.
  ///
  /// - Parameters:
  ///   - name: The group's name.
  ///   - members: The members.
  public init(name: String, members: [ParticipantID]) {
    self.name = name
    self.members = members
  }
}
