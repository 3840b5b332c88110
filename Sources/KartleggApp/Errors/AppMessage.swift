/// A message for a person, to be put in the adviser's language by whoever shows it.
public enum AppMessage: Hashable, Sendable {
  /// A string of the interface catalogue (`locales/interface`), with its `{1}`, `{2}`, …
  /// arguments.
  case interface(String, [String])
  /// A message a library wrote in its own words (a survey's or answers file's problem).
  case verbatim(String)

  /// An interface string with arguments.
  ///
  /// - Parameters:
  ///   - key: The key in the interface catalogue.
  ///   - arguments: The values for `{1}`, `{2}`, ….
  /// - Returns: The message.
  public static func key(_ key: String, _ arguments: any CustomStringConvertible...) -> Self {
    .interface(key, arguments.map(\.description))
  }
}
