import Foundation
import KartleggCore
import KartleggTerminal
import KartleggXML
import Testing

/// What the participant's line shows, and how questions are laid out, through a whole
/// conversation on the standard survey.
@Suite struct QuestionViewTests {
  private final class NoJournal: IntakeJournal {
    func record(_ answer: Answer?, for question: QuestionID, removing stale: [QuestionID]) {}
  }

  private static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  private func survey() throws -> Survey {
    func bytes(_ path: String) throws -> [UInt8] {
      [UInt8](try Data(contentsOf: Self.root.appendingPathComponent(path)))
    }
    let loader = SurveyLoader(
      schema: try XMLSchema(bytes: bytes("surveys/schema/survey-1.xsd"), file: "survey-1.xsd"))
    return try loader.load(bytes("surveys/digital-intake.xml"), file: "digital-intake.xml")
  }

  private func texts(participant: String = "P:", rightToLeft: Bool = false) -> IntakeTexts {
    IntakeTexts(
      adviser: { "A:" + $0 }, participant: { participant + $0 + " †" },
      participantLanguage: rightToLeft ? "ar" : "ti", participantIsRightToLeft: rightToLeft,
      interface: { key, arguments in ([key] + arguments).joined(separator: "|") })
  }

  /// Answers up to `background.work_years`, where the next question is asked.
  private let earlier: AnswerSet = [
    "consent.informed": .choice("yes"), "consent.language": .language("ti"),
    "background.programme": .choice("intro"), "background.goal": .choice("work"),
    "background.industry": .choice("care"),
  ]

  private func run(_ input: [String], texts: IntakeTexts, width: Int = 80) throws
    -> RecordingConsole
  {
    let console = RecordingConsole(input, width: width)
    let conversation = IntakeConversation(
      survey: try survey(), texts: texts, console: console, journal: NoJournal(),
      answers: earlier)
    _ = try conversation.run()
    return console
  }

  @Test func adviserHelpIsNeverShownOnTheParticipantsLine() throws {
    let console = try run(["?"], texts: texts())
    #expect(console.output.contains("A:question.background.work_years.help"))
    #expect(!console.output.contains("P:question.background.work_years.help"))
  }

  @Test func helpForEveryoneIsShownInBothLanguages() throws {
    let survey = try survey()
    let question = try #require(survey.question("device.smartphone"))
    #expect(question.helpAudience == .everyone)
    let adviserOnly = try #require(survey.question("interpreter.preferences"))
    #expect(adviserOnly.helpAudience == .adviser)
  }

  @Test func constraintWarningsAreTheAdvisersOnly() throws {
    let console = try run(["55"], texts: texts())
    #expect(console.output.contains("! A:question.background.work_years.constraint.1"))
    #expect(!console.output.contains("P:question.background.work_years.constraint.1"))
  }

  @Test func theDaggerIsExplainedOnceInALegendLine() throws {
    let console = try run(["3", "1"], texts: texts())
    let legends = console.lines.filter { $0 == "intake.legend.unreviewed" }
    #expect(legends.count == 1)
    let unmarked = try run(
      [],
      texts: IntakeTexts(
        adviser: { "A:" + $0 }, participant: { "P:" + $0 }, participantLanguage: "ti",
        participantIsRightToLeft: false, interface: { key, _ in key }))
    #expect(!unmarked.output.contains("intake.legend.unreviewed"))
  }

  @Test func aWrappedOptionLabelNeverRepeatsItsNumber() throws {
    let long = IntakeTexts(
      adviser: { "A:" + $0 + " with a long tail of words to wrap" }, participant: nil,
      participantLanguage: "nb", participantIsRightToLeft: false,
      interface: { key, _ in key })
    let console = RecordingConsole([], width: 40)
    let conversation = IntakeConversation(
      survey: try survey(), texts: long, console: console, journal: NoJournal(),
      answers: ["consent.informed": .choice("yes"), "consent.language": .language("ti")])
    _ = try conversation.run()
    let lines = console.lines
    let first = try #require(lines.firstIndex { $0.hasPrefix("   1  A:question.background") })
    #expect(lines[first + 1].hasPrefix("      ") && !lines[first + 1].hasPrefix("       "))
    #expect(lines.filter { $0.hasPrefix("   1  ") }.count == 1)
    for line in lines { #expect(DisplayWidth.of(line) <= 39, "\(line)") }
  }

  @Test func rightToLeftParticipantLinesAreIsolatedWithTheTagOutside() throws {
    let console = try run([], texts: texts(participant: "هل ", rightToLeft: true))
    let line = try #require(console.lines.first { $0.contains("[ar]") })
    #expect(line.contains("[ar] \u{2067}هل question.background.work_years.text †\u{2069}"))
    #expect(line.hasSuffix("\u{2069}"))
  }

  @Test func theLanguageListKeepsEachNumberWithItsCode() throws {
    let console = RecordingConsole([], width: 80)
    let conversation = IntakeConversation(
      survey: try survey(), texts: texts(), console: console, journal: NoJournal(),
      answers: ["consent.informed": .choice("yes")])
    _ = try conversation.run()
    let survey = try survey()
    let number = try #require(survey.languages.firstIndex { $0.code == "ar" }) + 1
    #expect(console.output.contains("\(number) ar \u{2067}العربية\u{2069}\u{200E}"))
    let arabic = try #require(console.lines.first { $0.contains("العربية") })
    let shown = try #require(try FriBidiCommand.visual([arabic]).first)
    // On screen the number, the code and the name stay in order, and so does the next cell.
    let cell = try #require(shown.range(of: "\(number) ar "))
    let next = try #require(shown.range(of: "\(number + 1) ti "))
    #expect(cell.upperBound < next.lowerBound)
  }
}
