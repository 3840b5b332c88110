/// The contact channels a service offers and the rules that recommend them.
public struct ChannelPolicy: Hashable, Sendable {
  /// The channels.
  public var channels: [Channel]
  /// The rules, in priority order: the first that holds gives the primary channel, the next
  /// with another channel the fallback.
  public var rules: [ChannelRule]

  /// Creates a channel policy.
  ///
  /// - Parameters:
  ///   - channels: The channels.
  ///   - rules: The rules in priority order.
  public init(channels: [Channel], rules: [ChannelRule]) {
    self.channels = channels
    self.rules = rules
  }
}

/// A contact channel, e.g. WhatsApp, Teams, SMS, phone or in person.
public struct Channel: Hashable, Sendable {
  /// The channel's identifier.
  public var id: ChannelID
  /// The label in the source language.
  public var label: String
  /// Whether the channel can serve a group (e.g. Teams), not only one person.
  public var servesGroups: Bool
  /// Whether the channel is digital (a message or meeting app, SMS), as opposed to in person or
  /// a call; only digital channels serve a group while one reaches its members.
  public var isDigital: Bool
  /// Where the channel is defined.
  public var location: DocumentLocation

  /// Creates a channel.
  ///
  /// - Parameters:
  ///   - id: The channel's identifier.
  ///   - label: The label in the source language.
  ///   - servesGroups: Whether it can serve a group.
  ///   - isDigital: Whether it is digital.
  ///   - location: Where it is defined.
  public init(
    id: ChannelID, label: String, servesGroups: Bool, isDigital: Bool = true,
    location: DocumentLocation
  ) {
    self.isDigital = isDigital
    self.id = id
    self.label = label
    self.servesGroups = servesGroups
    self.location = location
  }
}

/// A rule that recommends a channel when its condition holds.
public struct ChannelRule: Hashable, Sendable {
  /// The rule's identifier.
  public var id: RuleID
  /// The channel it recommends.
  public var channel: ChannelID
  /// When it holds.
  public var condition: Condition
  /// Why, in the source language.
  public var reason: String

  /// Creates a channel rule.
  ///
  /// - Parameters:
  ///   - id: The rule's identifier.
  ///   - channel: The channel it recommends.
  ///   - condition: When it holds.
  ///   - reason: Why, in the source language.
  public init(id: RuleID, channel: ChannelID, condition: Condition, reason: String) {
    self.id = id
    self.channel = channel
    self.condition = condition
    self.reason = reason
  }
}
