import KartleggCore

/// Prints one question: the progress line, the text in the adviser's and the participant's
/// language, the numbered options, the current answer and the prompt.
struct QuestionView {
  let survey: Survey
  let texts: IntakeTexts
  let console: any Console

  func show(_ question: Question, position: IntakeFlow.Position?, current: Answer?) {
    let key = "question.\(question.id)"
    console.line()
    if let position {
      let progress = texts.ui(
        "intake.progress", texts.adviser("section.\(position.section.id).title"),
        String(position.number), String(position.total))
      let rule = String(
        repeating: "─", count: max(0, console.width - 1 - DisplayWidth.of(progress) - 4))
      if 3 + DisplayWidth.of(progress) < console.width - 1 {
        console.line("── " + TerminalText.safe(progress) + " " + rule)
      } else {
        console.wrapped(progress, indent: "── ", hanging: "   ")
      }
    }
    let optional = question.isRequired ? "" : " " + texts.ui("intake.optional")
    console.wrapped(texts.adviser("\(key).text") + optional)
    participantLine(key + ".text", indent: "  ")
    switch question.kind {
    case .singleChoice(let options), .multipleChoice(let options, _):
      for (index, option) in options.enumerated() {
        let number = String(index + 1)
        let label = texts.adviser("\(key).option.\(option.value)")
        console.wrapped(
          label, indent: String(repeating: " ", count: max(1, 4 - number.count)) + number + "  ",
          hanging: "      ")
        participantLine("\(key).option.\(option.value)", indent: "       ")
      }
    case .language:
      languageList()
    case .number, .text, .date:
      break
    }
    if let current {
      console.wrapped(texts.ui("intake.current", describe(current, for: question)))
    }
  }

  func prompt(for question: Question) {
    let hint: String
    switch question.kind {
    case .singleChoice(let options): hint = texts.ui("intake.prompt.choice", String(options.count))
    case .multipleChoice: hint = texts.ui("intake.prompt.choices")
    case .number(let range):
      hint = texts.ui(
        "intake.prompt.number", AnswerCheck.number(range.minimum),
        AnswerCheck.number(range.maximum))
    case .text(let maxLength): hint = texts.ui("intake.prompt.text", String(maxLength))
    case .date: hint = texts.ui("intake.prompt.date")
    case .language(let multiple):
      hint = texts.ui(multiple ? "intake.prompt.languages" : "intake.prompt.language")
    }
    let keys = texts.ui(question.isRequired ? "intake.keys.required" : "intake.keys.optional")
    console.prompt(hint + " [" + keys + "]")
  }

  func help(for question: Question) {
    let key = "question.\(question.id).help"
    if question.help != nil {
      console.wrapped(texts.adviser(key), indent: "  ")
      if question.helpAudience == .everyone { participantLine(key, indent: "  ") }
    } else {
      console.wrapped(texts.ui("intake.help.none"), indent: "  ")
    }
    console.wrapped(texts.ui("intake.help.keys"), indent: "  ")
  }

  /// An answer as the adviser reads it: option numbers with labels, or the value.
  func describe(_ answer: Answer, for question: Question) -> String {
    let key = "question.\(question.id)"
    func option(_ value: OptionValue) -> String {
      let number = question.options.firstIndex { $0.value == value }.map { String($0 + 1) } ?? "?"
      return number + " " + texts.adviser("\(key).option.\(value)")
    }
    func language(_ code: LanguageCode) -> String {
      code.rawValue + " " + texts.adviser("language.\(code).name")
    }
    switch answer {
    case .choice(let value): return option(value)
    case .choices(let values):
      let ordered = question.options.map(\.value).filter { values.contains($0) }
      return ordered.map(option).joined(separator: ", ")
    case .number(let value): return AnswerCheck.number(value)
    case .text(let text): return TerminalText.escaped(text)
    case .date(let date): return date.description
    case .language(let code): return language(code)
    case .languages(let codes): return codes.sorted().map(language).joined(separator: ", ")
    }
  }

  private func participantLine(_ key: String, indent: String) {
    guard let participant = texts.participant else { return }
    console.participant(
      participant(key), language: texts.participantLanguage.rawValue,
      rightToLeft: texts.participantIsRightToLeft, indent: indent)
  }

  /// The line explaining `†`, when a participant text shown in this survey carries it.
  func legend() {
    guard let participant = texts.participant else { return }
    let marked = SourceText.all(in: survey).contains { participant($0.key).hasSuffix("†") }
    if marked { console.wrapped(texts.ui("intake.legend.unreviewed")) }
  }

  /// The survey's languages as numbered cells, a native name isolated and followed by LRM so
  /// the number after it stays with the next code.
  private func languageList() {
    let cells = survey.languages.enumerated().map { index, language in
      let name = Bidi.isolated(
        TerminalText.safe(language.nativeName), rightToLeft: language.direction == .rightToLeft)
      return "\(index + 1) \(TerminalText.safe(language.code.rawValue)) \(name)\u{200E}"
    }
    let cellWidth = (cells.map(DisplayWidth.of).max() ?? 10) + 2
    let perLine = max(1, (console.width - 4) / cellWidth)
    var index = 0
    while index < cells.count {
      let row = cells[index..<min(cells.count, index + perLine)]
      let text = row.map { DisplayWidth.padded($0, to: cellWidth) }.joined()
      console.line("  " + text.trimmingWhitespace())
      index += perLine
    }
  }
}
