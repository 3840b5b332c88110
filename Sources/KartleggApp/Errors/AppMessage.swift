/// A message for a person, to be put in the adviser's language by whoever shows it.
public enum AppMessage: Hashable, Sendable {
  /// A string of the interface catalogue (`locales/interface`), with its `{1}`, `{2}`, …
  /// arguments.
  case interface(String, [String])
  /// Text shown as it is: a value (a file name, an id, a number), or, as a last resort, a
  /// library's own words.
  case verbatim(String)
  /// A string of the interface catalogue whose arguments are themselves messages, so a part
  /// such as "an array of option values" is put in the adviser's language too.
  indirect case composed(String, [AppMessage])

  /// An interface string with arguments.
  ///
  /// - Parameters:
  ///   - key: The key in the interface catalogue.
  ///   - arguments: The values for `{1}`, `{2}`, ….
  /// - Returns: The message.
  public static func key(_ key: String, _ arguments: any CustomStringConvertible...) -> Self {
    .interface(key, arguments.map(\.description))
  }

  /// An interface string whose arguments are messages.
  ///
  /// - Parameters:
  ///   - key: The key in the interface catalogue.
  ///   - parts: The messages for `{1}`, `{2}`, ….
  /// - Returns: The message.
  public static func compose(_ key: String, _ parts: AppMessage...) -> Self {
    .composed(key, parts)
  }

  /// A value shown as it is.
  ///
  /// - Parameter value: The value.
  /// - Returns: The message.
  public static func value(_ value: any CustomStringConvertible) -> Self {
    .verbatim(value.description)
  }
}
