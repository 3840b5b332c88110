/// A problem with an answer or an answers file.
public struct AnswerProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public enum Reason: Hashable, Sendable {
    /// The JSON does not parse.
    case syntax(JSONParser.SyntaxError)
    /// A field that must be there is not, or has the wrong kind of value.
    case field(String, expected: Expectation)
    /// The file is for another survey.
    case wrongSurvey(found: String, expected: SurveyID)
    /// The file was made under another version of the survey.
    case wrongVersion(found: String, expected: String)
    /// A language code the survey's registry does not have.
    case unknownLanguage(String)
    /// A language no interpreter can be booked for, given as the interpreter language.
    case notInterpreterLanguage(String)
    /// A question the survey does not have.
    case unknownQuestion(String, suggestion: QuestionID?)
    /// The same question answered twice.
    case duplicateAnswer(QuestionID)
    /// A value of the wrong JSON kind for the question.
    case wrongKind(QuestionID, expected: Shape, found: Shape)
    /// A value that is not one of the question's options.
    case notAnOption(String, question: QuestionID, suggestion: OptionValue?)
    /// A number outside the question's range.
    case outOfRange(QuestionID, minimum: String, maximum: String)
    /// A fraction where a whole number is wanted.
    case notWhole(QuestionID)
    /// Text longer than the question allows.
    case tooLong(QuestionID, maximum: Int)
    /// A date that is not `YYYY-MM-DD` or outside the allowed range.
    case invalidDate(QuestionID, DateFault)
    /// An exclusive option chosen together with others.
    case exclusiveWithOthers(QuestionID, OptionValue)
    /// More selections than allowed.
    case tooManySelections(QuestionID, maximum: Int)
    /// The same option chosen twice.
    case repeatedSelection(QuestionID, String)
    /// An answer to a question whose condition does not hold.
    case notRelevant(QuestionID, condition: String)
    /// An answer that breaks one of the question's constraints; the message is the survey's.
    case constraint(QuestionID, message: String)
    /// More problems than are reported; reading stopped here.
    case tooManyProblems(shown: Int)
    /// An answer that breaks a warning constraint: accepted, but worth checking.
    case implausible(QuestionID, message: String)
  }

  /// What is wrong.
  public var reason: Reason
  /// Where; `nil` for an answer typed at the terminal.
  public var location: DocumentLocation?

  /// Creates a problem.
  ///
  /// - Parameters:
  ///   - reason: What is wrong.
  ///   - location: Where, if the answer came from a file.
  public init(_ reason: Reason, at location: DocumentLocation? = nil) {
    self.reason = reason
    self.location = location
  }

  /// `FILE:LINE:COL: error: message`, or the message alone without a location.
  public var diagnostic: String {
    location.map { "\($0): \(isWarning ? "warning" : "error"): \(description)" } ?? description
  }

  /// The longest value quoted in a message; longer ones are cut with "…", so a 1 MiB key
  /// gives a one-line message.
  public static let quotedLength = 60

  /// A value as messages quote it: cut with "…" when longer than ``quotedLength``.
  ///
  /// - Parameter value: The value.
  /// - Returns: The value, or its start and "…".
  public static func cut(_ value: String) -> String {
    value.count > quotedLength ? String(value.prefix(quotedLength / 6)) + "…" : value
  }

  /// The message. It names questions and option values, never free-text answers.
  public var description: String {
    let cut = Self.cut
    switch reason {
    case .syntax(let error): return "invalid JSON: \(error.message)"
    case .field(let name, let expected): return "expected \(expected) for '\(cut(name))'"
    case .wrongSurvey(let found, let expected):
      return "answers are for survey '\(cut(found))', not '\(expected)'"
    case .wrongVersion(let found, let expected):
      return
        "answers were given under version '\(cut(found))' of the survey, which is now version '\(expected)'"
    case .unknownLanguage(let code):
      return "'\(cut(code))' is not a language in the survey's registry"
    case .notInterpreterLanguage(let code):
      return "'\(cut(code))' is not an interpreter language in this survey; "
        + "give the language the participant needs an interpreter for"
    case .unknownQuestion(let id, let suggestion):
      return "unknown question '\(cut(id))'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
    case .duplicateAnswer(let id): return "question '\(id)' is answered twice"
    case .wrongKind(let id, let expected, let found):
      return "question '\(id)' expects \(expected), found \(found)"
    case .notAnOption(let value, let id, let suggestion):
      return "'\(cut(value))' is not an option of question '\(id)'"
        + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
    case .outOfRange(let id, let minimum, let maximum):
      return "the answer to '\(id)' must be from \(minimum) to \(maximum)"
    case .notWhole(let id): return "the answer to '\(id)' must be a whole number"
    case .tooLong(let id, let maximum):
      return "the answer to '\(id)' is longer than \(maximum) characters"
    case .invalidDate(let id, let why): return "the answer to '\(id)' \(why)"
    case .exclusiveWithOthers(let id, let option):
      return "option '\(option)' of '\(id)' cannot be combined with other options"
    case .tooManySelections(let id, let maximum):
      return "question '\(id)' allows at most \(maximum) selections"
    case .repeatedSelection(let id, let value): return "'\(cut(value))' is chosen twice in '\(id)'"
    case .notRelevant(let id, let condition):
      return "question '\(id)' does not apply to this participant (it is asked when \(condition))"
    case .constraint(let id, let message):
      return "the answer to '\(id)' is not accepted: \(message)"
    case .tooManyProblems(let shown):
      return "too many problems; stopped reading after the first \(shown)"
    case .implausible(let id, let message):
      return "the answer to '\(id)' is accepted but worth checking: \(message)"
    }
  }

  /// Whether the problem only warns (a plausibility check) instead of refusing the answer.
  public var isWarning: Bool {
    if case .implausible = reason { return true }
    return false
  }
}
