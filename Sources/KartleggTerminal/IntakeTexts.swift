import KartleggCore

/// The texts a conversation shows: survey texts in the adviser's and the participant's
/// language, and the adviser interface's own strings.
public struct IntakeTexts: Sendable {
  /// A survey text (by its key, e.g. `question.device.pc.text`) in the adviser's language.
  public var adviser: @Sendable (String) -> String
  /// The same in the participant's language; `nil` when it is the adviser's.
  public var participant: (@Sendable (String) -> String)?
  /// The participant's language code, shown before their lines.
  public var participantLanguage: LanguageCode
  /// Whether the participant's language is written right to left.
  public var participantIsRightToLeft: Bool
  /// An interface string by key, with `{1}`, `{2}` … replaced by the arguments.
  public var interface: @Sendable (String, [String]) -> String

  /// Creates the texts.
  ///
  /// - Parameters:
  ///   - adviser: Survey texts in the adviser's language.
  ///   - participant: Survey texts in the participant's language, if different.
  ///   - participantLanguage: The participant's language.
  ///   - participantIsRightToLeft: Whether it is written right to left.
  ///   - interface: Interface strings.
  public init(
    adviser: @escaping @Sendable (String) -> String,
    participant: (@Sendable (String) -> String)?, participantLanguage: LanguageCode,
    participantIsRightToLeft: Bool, interface: @escaping @Sendable (String, [String]) -> String
  ) {
    self.adviser = adviser
    self.participant = participant
    self.participantLanguage = participantLanguage
    self.participantIsRightToLeft = participantIsRightToLeft
    self.interface = interface
  }

  func ui(_ key: String, _ arguments: String...) -> String {
    interface(key, arguments)
  }
}
