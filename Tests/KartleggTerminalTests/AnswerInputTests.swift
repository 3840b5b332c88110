import KartleggCore
import KartleggTerminal
import Testing

@Suite struct AnswerInputTests {
  private let location = DocumentLocation(file: "t.xml", line: 1)
  private var languages: [Language] {
    ["nb", "ti", "ar"].map {
      Language(
        code: LanguageCode($0), nativeName: $0, name: $0, script: "Latn", direction: .leftToRight,
        location: location)
    }
  }

  private func question(_ kind: QuestionKind, required: Bool = true) -> Question {
    Question(
      id: "q", kind: kind, text: "?", help: nil, isRequired: required, relevance: nil,
      constraints: [], location: location)
  }

  private func options(_ values: [String]) -> [AnswerOption] {
    values.map {
      AnswerOption(
        value: OptionValue($0), label: $0, points: [], isExclusive: false, location: location)
    }
  }

  private func read(_ line: String, _ kind: QuestionKind) -> IntakeInput {
    AnswerInput(languages: languages).read(line, for: question(kind))
  }

  @Test func keysAreRecognisedBeforeAnswers() {
    let kind = QuestionKind.text(maxLength: 10)
    #expect(read(" < ", kind) == .back)
    #expect(read("?", kind) == .help)
    #expect(read(".", kind) == .skip)
    #expect(read("Q", kind) == .quit)
    #expect(read("   ", kind) == .keep)
  }

  @Test func optionsAreChosenByNumber() {
    let single = QuestionKind.singleChoice(options(["a", "b", "c"]))
    #expect(read("2", single) == .answer(.choice("b")))
    #expect(read("4", single) == .invalid(key: "intake.error.not-option", arguments: ["3"]))
    #expect(read("1 2", single) == .invalid(key: "intake.error.one-only", arguments: []))
    let multiple = QuestionKind.multipleChoice(options(["a", "b", "c"]), maxSelections: nil)
    #expect(read("1 3", multiple) == .answer(.choices(["a", "c"])))
    #expect(read("3,1,3", multiple) == .answer(.choices(["a", "c"])))
    #expect(read("1 x", multiple) == .invalid(key: "intake.error.not-option", arguments: ["3"]))
  }

  @Test func numbersAcceptACommaAsDecimalMark() {
    let kind = QuestionKind.number(NumberRange(minimum: 0, maximum: 10, isInteger: false))
    #expect(read("2,5", kind) == .answer(.number(2.5)))
    #expect(read("abc", kind) == .invalid(key: "intake.error.not-number", arguments: ["abc"]))
    #expect(read("inf", kind) == .invalid(key: "intake.error.not-number", arguments: ["inf"]))
  }

  @Test func datesAreReadInIsoAndNorwegianForm() throws {
    let kind = QuestionKind.date(DateRange())
    let date = try #require(CalendarDate(iso: "2024-03-05"))
    #expect(read("2024-03-05", kind) == .answer(.date(date)))
    #expect(read("5.3.2024", kind) == .answer(.date(date)))
    #expect(
      read("31.02.2024", kind) == .invalid(key: "intake.error.not-date", arguments: ["31.02.2024"]))
  }

  @Test func languagesAreReadByNumberOrCode() {
    #expect(read("2", .language(multiple: false)) == .answer(.language("ti")))
    #expect(read("AR", .language(multiple: false)) == .answer(.language("ar")))
    #expect(read("ti ar", .language(multiple: true)) == .answer(.languages(["ti", "ar"])))
    #expect(
      read("xx", .language(multiple: false))
        == .invalid(key: "intake.error.unknown-language", arguments: ["xx"]))
  }
}
