/// kartlegg's one placeholder system: `{1}`, `{2}`, … in a translated text stand for the
/// values given with it.
///
/// The text is read once from start to end, so a value that itself contains `{2}` is never
/// filled again; a placeholder without a value, and any other brace, stays as it is. No text
/// reaches `String(format:)`, so a translation cannot crash the program.
public enum Placeholders {
  /// The text with its placeholders filled in.
  ///
  /// - Parameters:
  ///   - text: The text, e.g. `"{1} of {2} answered"`.
  ///   - values: The values of `{1}`, `{2}`, ….
  /// - Returns: The text, filled in.
  public static func fill(_ text: String, with values: [String]) -> String {
    guard !values.isEmpty, text.contains("{") else { return text }
    var result = ""
    var rest = text[...]
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      let afterOpen = rest.index(after: open)
      guard let close = rest[afterOpen...].firstIndex(of: "}"),
        let number = Int(rest[afterOpen..<close]), values.indices.contains(number - 1)
      else {
        result.append("{")
        rest = rest[afterOpen...]
        continue
      }
      result += values[number - 1]
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }
}
