import KartleggCore

extension AppMessage {
  /// A problem with a roster file in the adviser's words.
  ///
  /// - Parameter reason: The problem.
  /// - Returns: The message.
  public static func roster(_ reason: RosterReader.Problem.Reason) -> AppMessage {
    switch reason {
    case .empty: return .key("error.roster.empty")
    case .text(.invalidUTF8): return .key("error.roster.utf8")
    case .text(.textAfterQuote): return .key("error.roster.text-after-quote")
    case .text(.unclosedQuote): return .key("error.roster.unclosed-quote")
    case .header(let found): return .key("error.roster.header", found)
    case .fieldCount(let expected, let found):
      return .key("error.roster.field-count", expected, found)
    case .emptyField(let name): return .key("error.roster.empty-field", name)
    case .level(let level): return .key("error.roster.level", level)
    case .duplicateID(let id, let line): return .key("error.roster.duplicate-id", id, line)
    case .tooManyProblems(let shown): return .key("error.too-many-problems", shown)
    }
  }
}
