/// A problem with a survey's meaning, found after it parsed and matched the schema.
public struct SurveyProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public enum Reason: Hashable, Sendable {
    /// Two things of one kind share an id.
    case duplicateID(kind: String, id: String, firstLine: Int)
    /// A condition that does not parse or type-check; `attribute` names where it is written.
    case condition(ExpressionProblem, attribute: String)
    /// A condition reads a question that is asked later.
    case forwardReference(reader: String, question: QuestionID, line: Int)
    /// Questions whose conditions depend on each other in a loop.
    case cycle([QuestionID])
    /// A question or section whose condition can never be true.
    case unreachable(kind: String, id: String)
    /// Two bands share percentages.
    case bandsOverlap(LevelID, LevelID, at: Int)
    /// Percentages that no band covers.
    case bandsGap(from: Int, to: Int)
    /// The bands do not start at 0.
    case bandsStartAbove(Int)
    /// The bands do not reach 100.
    case bandsEndBelow(Int)
    /// A band or range whose minimum is above its maximum.
    case rangeInverted(minimum: String, maximum: String)
    /// A reference to something that does not exist; `kind` is e.g. `level`.
    case unknownReference(kind: String, id: String, suggestion: String?)
    /// The interpreter language question is not a language question.
    case notALanguageQuestion(QuestionID, kind: String)
    /// A choice question without options.
    case noOptions(QuestionID, kind: String)
    /// Options on a question that is not a choice question.
    case optionsNotAllowed(QuestionID, kind: String)
    /// An attribute that does not fit the question's type.
    case attributeNotApplicable(String, kind: String)
    /// A grouping policy whose minimum size is above its maximum.
    case groupSizesInverted(minimum: Int, maximum: Int)
    /// A grouping key with both or neither of `question` and `level`.
    case groupingKeyTarget
    /// A grouping key on a question whose answers cannot be compared as one value.
    case groupingKeyQuestion(QuestionID, kind: String)
    /// A tabulated question whose answers do not fall into fixed categories.
    case tabulationQuestion(QuestionID, kind: String)
    /// Text that is empty or only whitespace in the survey's own language.
    case missingText(element: String, owner: String)
    /// The survey's language is not in its registry.
    case sourceLanguageNotInRegistry(LanguageCode)
    /// An attribute value of the wrong form for the question's type.
    case invalidValue(String, attribute: String, expected: String)
    /// The interpreter dialect question is not a text question.
    case dialectNotText(QuestionID, kind: String)
    /// An exclusive option on a question that allows only one answer anyway.
    case exclusiveOnSingleChoice(OptionValue)
  }

  /// What is wrong.
  public var reason: Reason
  /// Where.
  public var location: DocumentLocation

  /// Creates a problem.
  ///
  /// - Parameters:
  ///   - reason: What is wrong.
  ///   - location: Where.
  public init(_ reason: Reason, at location: DocumentLocation) {
    self.reason = reason
    self.location = location
  }

  /// The message: a lower-case fragment naming the offending value in quotes.
  public var description: String {
    switch reason {
    case .duplicateID(let kind, let id, let firstLine):
      return "duplicate \(kind) '\(id)' (first defined on line \(firstLine))"
    case .condition(let problem, let attribute):
      return "in '\(attribute)': \(problem.description)"
    case .forwardReference(let reader, let question, let line):
      return "\(reader) reads '\(question)', which is asked later (line \(line))"
    case .cycle(let path):
      if path.count == 1 { return "question '\(path[0])' depends on itself" }
      let chain = (path + [path[0]]).map { "'\($0)'" }.joined(separator: " → ")
      return "questions \(chain) depend on each other in a cycle"
    case .unreachable(let kind, let id):
      return "\(kind) '\(id)' can never be asked: its condition can never be true"
    case .bandsOverlap(let first, let second, let at):
      return "level bands '\(first)' and '\(second)' overlap at \(at)"
    case .bandsGap(let from, let to):
      return from == to
        ? "level bands leave \(from) without a level"
        : "level bands leave \(from)–\(to) without a level"
    case .bandsStartAbove(let minimum):
      return "level bands do not start at 0 (the lowest bound is \(minimum))"
    case .bandsEndBelow(let maximum):
      return "level bands do not reach 100 (the highest bound is \(maximum))"
    case .rangeInverted(let minimum, let maximum):
      return "min \(minimum) above max \(maximum)"
    case .unknownReference(let kind, let id, let suggestion):
      return "unknown \(kind) '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
    case .notALanguageQuestion(let id, let kind):
      return "question '\(id)' is not a language question (it is \(kind))"
    case .noOptions(let id, let kind):
      return "\(kind) question '\(id)' has no options"
    case .optionsNotAllowed(let id, let kind):
      return "options are only allowed on choice questions; '\(id)' is a \(kind) question"
    case .attributeNotApplicable(let attribute, let kind):
      return "attribute '\(attribute)' does not apply to a \(kind) question"
    case .groupSizesInverted(let minimum, let maximum):
      return "policy min \(minimum) above max \(maximum)"
    case .groupingKeyTarget:
      return "a grouping key needs exactly one of 'question' and 'level'"
    case .groupingKeyQuestion(let id, let kind):
      return
        "grouping key question '\(id)' is a \(kind) question; expected single-choice or language"
    case .tabulationQuestion(let id, let kind):
      return
        "tabulated question '\(id)' is a \(kind) question; expected single-choice, "
        + "multiple-choice or language"
    case .missingText(let element, let owner):
      return "missing text in <\(element)> of \(owner); the survey language needs it"
    case .sourceLanguageNotInRegistry(let code):
      return "survey language '\(code)' is not in the language registry"
    case .invalidValue(let value, let attribute, let expected):
      return "'\(value)' is not \(expected) for '\(attribute)'"
    case .dialectNotText(let id, let kind):
      return "dialect question '\(id)' is a \(kind) question; expected text"
    case .exclusiveOnSingleChoice(let value):
      return "option '\(value)' is marked exclusive, but only multiple-choice options can be"
    }
  }
}
