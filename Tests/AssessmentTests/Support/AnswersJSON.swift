import KartleggCore

/// Writes an answer set as an answers file for the standard survey.
enum AnswersJSON {
  static func file(_ answers: AnswerSet) -> String {
    let entries = answers.keys.sorted().map { question -> String in
      let value = answers[question].map(json) ?? "null"
      return "    \"\(question)\": \(value)"
    }
    return """
      {
        "survey": "digital-intake",
        "version": "1.0",
        "answers": {
      \(entries.joined(separator: ",\n"))
        }
      }
      """
  }

  private static func json(_ answer: Answer) -> String {
    func quoted(_ text: String) -> String { "\"\(text)\"" }
    func list(_ items: [String]) -> String {
      "[" + items.sorted().map(quoted).joined(separator: ", ") + "]"
    }
    switch answer {
    case .choice(let value): return quoted(value.rawValue)
    case .choices(let values): return list(values.map(\.rawValue))
    case .number(let number):
      return number == number.rounded() ? String(Int(number)) : String(number)
    case .text(let text): return quoted(text)
    case .date(let date): return quoted(date.description)
    case .language(let code): return quoted(code.rawValue)
    case .languages(let codes): return list(codes.map(\.rawValue))
    }
  }
}
