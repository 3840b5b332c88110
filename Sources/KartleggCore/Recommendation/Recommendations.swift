/// A channel chosen by a rule.
public struct ChannelChoice: Hashable, Sendable {
  /// The channel.
  public var channel: ChannelID
  /// The rule that chose it.
  public var rule: RuleID

  /// Creates a choice.
  ///
  /// - Parameters:
  ///   - channel: The channel.
  ///   - rule: The rule that chose it.
  public init(channel: ChannelID, rule: RuleID) {
    self.channel = channel
    self.rule = rule
  }
}

/// The channels to reach one participant: the first rule that holds gives the primary, the
/// next rule that holds with another channel the fallback.
public struct ChannelRecommendation: Hashable, Sendable {
  /// The primary channel, or `nil` when no rule holds.
  public var primary: ChannelChoice?
  /// The fallback channel, or `nil` when no other rule holds.
  public var fallback: ChannelChoice?
  /// Every channel some rule says reaches the participant, in rule order.
  public var reachable: [ChannelID]

  /// Creates a recommendation.
  ///
  /// - Parameters:
  ///   - primary: The primary channel.
  ///   - fallback: The fallback channel.
  ///   - reachable: Every channel that reaches the participant.
  public init(primary: ChannelChoice?, fallback: ChannelChoice?, reachable: [ChannelID]) {
    self.primary = primary
    self.fallback = fallback
    self.reachable = reachable
  }
}

/// The interpreter arrangement for one participant.
public struct InterpreterRecommendation: Hashable, Sendable {
  /// Whether an interpreter is needed; `assess` when no rule decides.
  public var need: InterpreterNeed
  /// The need rule that decided, if any.
  public var needRule: RuleID?
  /// The interpreter language, when the participant gave one.
  public var language: LanguageCode?
  /// The dialect, when the participant gave one.
  public var dialect: String?
  /// The mode, when an interpreter is or may be needed and a rule decides.
  public var mode: InterpreterMode?
  /// The mode rule that decided, if any.
  public var modeRule: RuleID?

  /// Creates a recommendation.
  ///
  /// - Parameters:
  ///   - need: Whether an interpreter is needed.
  ///   - needRule: The rule that decided the need.
  ///   - language: The interpreter language.
  ///   - dialect: The dialect.
  ///   - mode: The mode.
  ///   - modeRule: The rule that decided the mode.
  public init(
    need: InterpreterNeed, needRule: RuleID?, language: LanguageCode?, dialect: String?,
    mode: InterpreterMode?, modeRule: RuleID?
  ) {
    self.need = need
    self.needRule = needRule
    self.language = language
    self.dialect = dialect
    self.mode = mode
    self.modeRule = modeRule
  }
}
