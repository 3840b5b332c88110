/// How a cohort's name typed by an adviser becomes the name stored: white space trimmed and
/// collapsed, and an existing cohort matched without regard to case, so `høst 2026 ` joins
/// "Høst 2026" instead of silently making a new cohort.
public enum CohortName {
  /// The typed name, trimmed, with runs of white space made one space.
  ///
  /// - Parameter typed: What the adviser typed.
  /// - Returns: The cleaned name; empty when nothing but white space was typed.
  public static func cleaned(_ typed: String) -> String {
    typed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The cohort a typed name means.
  ///
  /// - Parameters:
  ///   - typed: What the adviser typed.
  ///   - existing: The cohorts there are.
  /// - Returns: The existing cohort with that name in any case, or the cleaned name and
  ///   `isNew` true.
  public static func resolve(_ typed: String, among existing: [String]) -> (
    name: String, isNew: Bool
  ) {
    let name = cleaned(typed)
    let key = name.lowercased()
    if let match = existing.first(where: { cleaned($0).lowercased() == key }) {
      return (match, false)
    }
    return (name, true)
  }
}
