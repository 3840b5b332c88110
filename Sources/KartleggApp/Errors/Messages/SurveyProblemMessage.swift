import KartleggCore

extension AppMessage {
  /// A problem with a survey's meaning in the adviser's words. Element, attribute and
  /// question-type names stay as the survey file writes them.
  ///
  /// - Parameter reason: The problem.
  /// - Returns: The message.
  public static func survey(_ reason: SurveyProblem.Reason) -> AppMessage {
    switch reason {
    case .duplicateID(let kind, let id, let line):
      return .key("error.survey.duplicate-id", kind, id, line)
    case .condition(let problem, let attribute):
      return .compose("error.survey.condition", .value(attribute), expression(problem))
    case .forwardReference(let reader, let question, let line):
      return .key("error.survey.forward-reference", reader, question, line)
    case .cycle(let path):
      if let only = path.first, path.count == 1 { return .key("error.survey.self-cycle", only) }
      let chain = (path + path.prefix(1)).map { "'\($0)'" }.joined(separator: " → ")
      return .key("error.survey.cycle", chain)
    case .unreachable(let kind, let id): return .key("error.survey.unreachable", kind, id)
    case .bandsOverlap(let first, let second, let at):
      return .key("error.survey.bands-overlap", first, second, at)
    case .bandsGap(let from, let to):
      return .key("error.survey.bands-gap", from == to ? "\(from)" : "\(from)–\(to)")
    case .bandsStartAbove(let minimum): return .key("error.survey.bands-start", minimum)
    case .bandsEndBelow(let maximum): return .key("error.survey.bands-end", maximum)
    case .rangeInverted(let minimum, let maximum):
      return .key("error.survey.range-inverted", minimum, maximum)
    case .unknownReference(let kind, let id, let suggestion?):
      return .key("error.survey.unknown-reference-suggestion", kind, id, suggestion)
    case .unknownReference(let kind, let id, nil):
      return .key("error.survey.unknown-reference", kind, id)
    case .notALanguageQuestion(let id, let kind):
      return .key("error.survey.not-language-question", id, kind)
    case .noOptions(let id, let kind): return .key("error.survey.no-options", id, kind)
    case .optionsNotAllowed(let id, let kind):
      return .key("error.survey.options-not-allowed", id, kind)
    case .attributeNotApplicable(let attribute, let kind):
      return .key("error.survey.attribute-not-applicable", attribute, kind)
    case .groupSizesInverted(let minimum, let maximum):
      return .key("error.survey.range-inverted", minimum, maximum)
    case .groupingKeyTarget: return .key("error.survey.grouping-key-target")
    case .groupingKeyQuestion(let id, let kind):
      return .key("error.survey.grouping-key-question", id, kind)
    case .tabulationQuestion(let id, let kind):
      return .key("error.survey.tabulation-question", id, kind)
    case .missingText(let element, let owner):
      return .key("error.survey.missing-text", element, owner)
    case .sourceLanguageNotInRegistry(let code):
      return .key("error.survey.source-language", code)
    case .invalidValue(let value, let attribute, let expected):
      return .key("error.survey.invalid-value", value, attribute, expected)
    case .dialectNotText(let id, let kind): return .key("error.survey.dialect-not-text", id, kind)
    case .exclusiveOnSingleChoice(let value): return .key("error.survey.exclusive-single", value)
    }
  }

  /// A problem in a condition in the adviser's words; grammar terms and types stay as the
  /// expression language writes them.
  ///
  /// - Parameter problem: The problem.
  /// - Returns: The message.
  public static func expression(_ problem: ExpressionProblem) -> AppMessage {
    switch problem.reason {
    case .syntax(let expected, let found): return .key("error.condition.syntax", expected, found)
    case .unknownQuestion(let id, let suggestion?):
      return .key("error.condition.unknown-question-suggestion", id, suggestion)
    case .unknownQuestion(let id, nil): return .key("error.condition.unknown-question", id)
    case .unknownOption(let value, let question, let suggestion?):
      return .key("error.condition.unknown-option-suggestion", value, question, suggestion)
    case .unknownOption(let value, let question, nil):
      return .key("error.condition.unknown-option", value, question)
    case .unknownLanguage(let code, let question):
      return .key("error.condition.unknown-language", code, question)
    case .typeMismatch(let op, let left, let right):
      return .key("error.condition.type-mismatch", op, left, right)
    case .expectedType(let expected, let found, let context):
      return .key("error.condition.expected-type", expected, context, found)
    case .currentAnswerOutsideConstraint: return .key("error.condition.current-answer")
    case .invalidDate(let text): return .key("error.condition.invalid-date", text)
    }
  }
}
