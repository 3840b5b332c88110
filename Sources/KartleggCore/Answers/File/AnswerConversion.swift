/// Turns a JSON value into the answer a question expects.
enum AnswerConversion {
  static func answer(from value: JSONValue, for question: Question) -> Result<Answer, AnswerProblem>
  {
    let id = question.id
    let wrong = AnswerProblem(
      .wrongKind(id, expected: AnswerCheck.expectation(question.kind), found: value.shape))
    switch (question.kind, value.kind) {
    case (.singleChoice, .string(let text)): return .success(.choice(OptionValue(text)))
    case (.multipleChoice, .array(let items)):
      return strings(items, question: id).map { .choices(Set($0.map { OptionValue($0) })) }
    case (.number, .number(let number)): return .success(.number(number))
    case (.text, .string(let text)): return .success(.text(text))
    case (.date, .string(let text)):
      guard let date = CalendarDate(iso: text) else {
        return .failure(AnswerProblem(.invalidDate(id, .form)))
      }
      return .success(.date(date))
    case (.language(false), .string(let code)): return .success(.language(LanguageCode(code)))
    case (.language(true), .array(let items)):
      return strings(items, question: id).map { .languages(Set($0.map { LanguageCode($0) })) }
    default: return .failure(wrong)
    }
  }

  private static func strings(_ items: [JSONValue], question: QuestionID) -> Result<
    [String], AnswerProblem
  > {
    var result: [String] = []
    var seen: Set<String> = []
    for item in items {
      guard case .string(let text) = item.kind else {
        return .failure(
          AnswerProblem(
            .wrongKind(question, expected: .strings, found: item.shape)))
      }
      guard seen.insert(text).inserted else {
        return .failure(AnswerProblem(.repeatedSelection(question, text)))
      }
      result.append(text)
    }
    return .success(result)
  }
}
