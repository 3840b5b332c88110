import KartleggCore

/// What the adviser typed at a question's prompt.
public enum IntakeInput: Hashable, Sendable {
  /// An answer.
  case answer(Answer)
  /// `<`: go back to the previous question.
  case back
  /// `?`: explain the question and the keys.
  case help
  /// `.`: skip an optional question.
  case skip
  /// `q`: save and quit.
  case quit
  /// An empty line: keep the current answer.
  case keep
  /// Something that is not an answer to this question; the interface key and its arguments.
  case invalid(key: String, arguments: [String])
}

/// Reads a typed line as an answer to a question: option numbers (`1 3 4` for several),
/// numbers (with `.` or `,` as the decimal mark), dates (`YYYY-MM-DD` or `DD.MM.YYYY`), language
/// numbers or codes, or free text.
public struct AnswerInput: Sendable {
  private let languages: [Language]

  /// Creates a reader for a survey's languages.
  ///
  /// - Parameter languages: The survey's language registry, in the order listed to the adviser.
  public init(languages: [Language]) {
    self.languages = languages
  }

  /// The meaning of a typed line.
  ///
  /// - Parameters:
  ///   - line: The line, as typed.
  ///   - question: The question being asked.
  /// - Returns: A key, an answer, or why it is not one.
  public func read(_ line: String, for question: Question) -> IntakeInput {
    let text = line.trimmingWhitespace()
    switch text {
    case "<": return .back
    case "?": return .help
    case ".": return .skip
    case "q", "Q": return .quit
    case "": return .keep
    default: break
    }
    switch question.kind {
    case .singleChoice(let options):
      return choices(text, count: options.count, single: true).map { .choice(options[$0[0]].value) }
    case .multipleChoice(let options, _):
      return choices(text, count: options.count, single: false).map {
        .choices(Set($0.map { options[$0].value }))
      }
    case .number:
      guard let value = Double(text.replacingComma()), value.isFinite else {
        return .invalid(key: "intake.error.not-number", arguments: [text])
      }
      return .answer(.number(value))
    case .text:
      return .answer(.text(text))
    case .date:
      guard let date = Self.date(text) else {
        return .invalid(key: "intake.error.not-date", arguments: [text])
      }
      return .answer(.date(date))
    case .language(let multiple):
      let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
      var codes: [LanguageCode] = []
      for word in words {
        guard let code = language(word) else {
          return .invalid(key: "intake.error.unknown-language", arguments: [word])
        }
        if !codes.contains(code) { codes.append(code) }
      }
      if !multiple {
        guard codes.count == 1 else { return .invalid(key: "intake.error.one-only", arguments: []) }
        return .answer(.language(codes[0]))
      }
      return .answer(.languages(Set(codes)))
    }
  }

  /// A date written `YYYY-MM-DD` or `DD.MM.YYYY`.
  static func date(_ text: String) -> CalendarDate? {
    if let date = CalendarDate(iso: text) { return date }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count),
      (1...2).contains(parts[1].count)
    else { return nil }
    func padded(_ part: Substring) -> String { part.count == 1 ? "0" + part : String(part) }
    return CalendarDate(iso: "\(parts[2])-\(padded(parts[1]))-\(padded(parts[0]))")
  }

  private func language(_ word: String) -> LanguageCode? {
    if let number = Int(word), languages.indices.contains(number - 1) {
      return languages[number - 1].code
    }
    return languages.first { $0.code.rawValue.lowercased() == word.lowercased() }?.code
  }

  private func choices(_ text: String, count: Int, single: Bool) -> ChoiceReading {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
    var positions: [Int] = []
    for word in words {
      guard let number = Int(word), (1...count).contains(number) else {
        return ChoiceReading(
          failure: .invalid(key: "intake.error.not-option", arguments: [String(count)]))
      }
      if !positions.contains(number - 1) { positions.append(number - 1) }
    }
    if single, positions.count != 1 {
      return ChoiceReading(failure: .invalid(key: "intake.error.one-only", arguments: []))
    }
    return ChoiceReading(positions: positions)
  }
}

/// Option positions read from a line, or why they could not be.
private struct ChoiceReading {
  var positions: [Int] = []
  var failure: IntakeInput?

  func map(_ answer: ([Int]) -> Answer) -> IntakeInput {
    failure ?? .answer(answer(positions))
  }
}

extension String {
  func trimmingWhitespace() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
    while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
    return String(scalars)
  }

  fileprivate func replacingComma() -> String {
    String(map { $0 == "," ? "." : $0 })
  }
}
