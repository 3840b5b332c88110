import KartleggCore

extension AppMessage {
  /// A problem with an answers file or an answer in the adviser's words. It names questions
  /// and option values, never free-text answers.
  ///
  /// - Parameter reason: The problem.
  /// - Returns: The message.
  public static func answer(_ reason: AnswerProblem.Reason) -> AppMessage {
    let cut = AnswerProblem.cut
    switch reason {
    case .syntax(let error):
      return .compose("error.json.syntax", expected(error.expected), found(error.found))
    case .field(let name, let expectation):
      return .compose("error.answers.field", .value(cut(name)), field(expectation))
    case .wrongSurvey(let found, let expected):
      return .key("error.answers.wrong-survey", cut(found), expected)
    case .wrongVersion(let found, let expected):
      return .key("error.answers.wrong-version", cut(found), expected)
    case .unknownLanguage(let code): return .key("error.answers.unknown-language", cut(code))
    case .notInterpreterLanguage(let code):
      return .key("error.answers.not-interpreter-language", cut(code))
    case .unknownQuestion(let id, let suggestion?):
      return .key("error.answers.unknown-question-suggestion", cut(id), suggestion)
    case .unknownQuestion(let id, nil): return .key("error.answers.unknown-question", cut(id))
    case .duplicateAnswer(let id): return .key("error.answers.duplicate", id)
    case .wrongKind(let id, let expected, let found):
      return .compose("error.answers.wrong-kind", .value(id), shape(expected), shape(found))
    case .notAnOption(let value, let id, let suggestion?):
      return .key("error.answers.not-an-option-suggestion", cut(value), id, suggestion)
    case .notAnOption(let value, let id, nil):
      return .key("error.answers.not-an-option", cut(value), id)
    case .outOfRange(let id, let minimum, let maximum):
      return .key("error.answers.out-of-range", id, minimum, maximum)
    case .notWhole(let id): return .key("error.answers.not-whole", id)
    case .tooLong(let id, let maximum): return .key("error.answers.too-long", id, maximum)
    case .invalidDate(let id, .form): return .key("error.answers.date-form", id)
    case .invalidDate(let id, .before(let date)): return .key("error.answers.date-before", id, date)
    case .invalidDate(let id, .after(let date)): return .key("error.answers.date-after", id, date)
    case .exclusiveWithOthers(let id, let option):
      return .key("error.answers.exclusive", option, id)
    case .tooManySelections(let id, let maximum):
      return .key("error.answers.too-many-selections", id, maximum)
    case .repeatedSelection(let id, let value):
      return .key("error.answers.repeated-selection", cut(value), id)
    case .notRelevant(let id, let condition):
      return .key("error.answers.not-relevant", id, condition)
    case .constraint(let id, let message): return .key("error.answers.constraint", id, message)
    case .tooManyProblems(let shown): return .key("error.too-many-problems", shown)
    case .implausible(let id, let message): return .key("error.answers.implausible", id, message)
    }
  }

  private static func field(_ expectation: AnswerProblem.Expectation) -> AppMessage {
    switch expectation {
    case .size(let limit, let found): return .key("error.answers.expect.size", limit, found)
    case .object: return .key("error.shape.object")
    case .knownField: return .key("error.answers.expect.known-field")
    case .once: return .key("error.answers.expect.once")
    case .string: return .key("error.shape.string")
    case .surveyID: return .key("error.answers.expect.survey-id")
    }
  }

  private static func shape(_ shape: AnswerProblem.Shape) -> AppMessage {
    switch shape {
    case .optionValue: return .key("error.shape.option-value")
    case .optionValues: return .key("error.shape.option-values")
    case .number: return .key("error.shape.number")
    case .text: return .key("error.shape.text")
    case .date: return .key("error.shape.date")
    case .languageCode: return .key("error.shape.language-code")
    case .languageCodes: return .key("error.shape.language-codes")
    case .strings: return .key("error.shape.strings")
    case .single: return .key("error.shape.single")
    case .several: return .key("error.shape.several")
    case .null: return .value("null")
    case .boolean: return .key("error.shape.boolean")
    case .string: return .key("error.shape.string")
    case .array: return .key("error.shape.array")
    case .object: return .key("error.shape.object")
    }
  }

  private static func expected(_ expected: JSONParser.Expected) -> AppMessage {
    switch expected {
    case .end: return .key("error.json.end")
    case .nesting(let limit): return .key("error.json.nesting", limit)
    case .value: return .key("error.json.value")
    case .literal(let word): return .value("'\(word)'")
    case .key: return .key("error.json.key")
    case .token(let token): return .value("'\(token)'")
    case .either(let first, let second): return .key("error.json.either", first, second)
    case .digit: return .key("error.json.digit")
    case .digitAfterPoint: return .key("error.json.digit-after-point")
    case .digitInExponent: return .key("error.json.digit-in-exponent")
    case .finiteNumber: return .key("error.json.finite-number")
    case .surrogateSecondHalf, .validSurrogatePair: return .key("error.json.surrogate")
    case .validUTF8: return .key("error.json.utf8")
    case .closingQuote: return .key("error.json.closing-quote")
    case .escapedControl: return .key("error.json.escaped-control")
    case .escape, .validEscape, .unicodeEscape: return .key("error.json.escape")
    case .hexDigits: return .key("error.json.hex-digits")
    }
  }

  private static func found(_ found: JSONParser.Found) -> AppMessage {
    switch found {
    case .end: return .key("error.json.end")
    case .character(let character): return .value("'\(character)'")
    case .byte(let byte): return .key("error.json.byte", String(byte, radix: 16, uppercase: true))
    }
  }
}
