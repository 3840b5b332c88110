import Foundation
import KartleggCore
import KartleggTerminal
import KartleggXML
import Testing

/// A console that plays typed lines and keeps what was written.
private final class ScriptConsole: Console {
  var lines: [String]
  var output = ""
  let width = 80

  init(_ lines: [String]) { self.lines = lines }

  func readLine() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
  func write(_ text: String) { output += text }
}

/// A journal that keeps answers, and can be told to fail at the n-th record.
private final class MemoryJournal: IntakeJournal {
  var recorded: [(QuestionID, Answer?, [QuestionID])] = []
  var failAt: Int?

  struct Failure: Error {}

  func record(_ answer: Answer?, for question: QuestionID, removing stale: [QuestionID]) throws {
    if recorded.count + 1 == failAt { throw Failure() }
    recorded.append((question, answer, stale))
  }
}

@Suite struct IntakeConversationTests {
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

  private var texts: IntakeTexts {
    IntakeTexts(
      adviser: { "A:" + $0 }, participant: { "P:" + $0 }, participantLanguage: "ti",
      participantIsRightToLeft: false,
      interface: { key, arguments in ([key] + arguments).joined(separator: "|") })
  }

  @Test func aFailedSaveStopsTheConversationAndKeepsOnlyWhatWasSaved() throws {
    let console = ScriptConsole(["1", "ti", "2", "2"])
    let journal = MemoryJournal()
    journal.failAt = 3
    let conversation = IntakeConversation(
      survey: try survey(), texts: texts, console: console, journal: journal)
    #expect(throws: MemoryJournal.Failure.self) { try conversation.run() }
    #expect(
      conversation.answers == [
        "consent.informed": .choice("yes"), "consent.language": .language("ti"),
      ])
    #expect(!console.output.contains("A:question.background.goal.text"))
  }

  @Test func showsBothLanguagesAndTheProgressLine() throws {
    let console = ScriptConsole(["1"])
    let conversation = IntakeConversation(
      survey: try survey(), texts: texts, console: console, journal: MemoryJournal())
    #expect(try conversation.run() == .endOfInput)
    #expect(console.output.contains("intake.progress|A:section.consent.title|1|1"))
    #expect(console.output.contains("A:question.consent.informed.text"))
    #expect(console.output.contains("[ti] P:question.consent.informed.text"))
    #expect(console.output.contains("   1  A:question.consent.informed.option.yes"))
    #expect(console.output.contains("intake.progress|A:section.consent.title|2|"))
  }

  @Test func answeringNoToConsentStopsTheIntakeAsNotInformed() throws {
    let journal = MemoryJournal()
    let conversation = IntakeConversation(
      survey: try survey(), texts: texts, console: ScriptConsole(["2"]), journal: journal)
    let outcome = try conversation.run()
    guard case .stopped(let stop) = outcome else {
      Issue.record("expected a stop, got \(outcome)")
      return
    }
    #expect(stop.status == .notInformed)
    #expect(stop.condition.source == "consent.informed = 'no'")
    #expect(journal.recorded.map(\.0) == ["consent.informed"])
  }

  @Test func continuingAStoppedIntakeAsksTheConsentAgainAndGoesOnAfterYes() throws {
    let journal = MemoryJournal()
    let conversation = IntakeConversation(
      survey: try survey(), texts: texts, console: ScriptConsole(["1", "q"]), journal: journal,
      answers: ["consent.informed": .choice("no")])
    #expect(conversation.resumePoint == nil)
    #expect(conversation.stoppedSectionStart?.id == "consent.informed")
    #expect(try conversation.run(from: conversation.stoppedSectionStart) == .quit)
    #expect(conversation.answers["consent.informed"] == .choice("yes"))
  }

  @Test func keepingTheNoWithEnterStopsAgain() throws {
    let conversation = IntakeConversation(
      survey: try survey(), texts: texts, console: ScriptConsole([""]), journal: MemoryJournal(),
      answers: ["consent.informed": .choice("no")])
    let outcome = try conversation.run(from: conversation.stoppedSectionStart)
    guard case .stopped = outcome else {
      Issue.record("expected a stop, got \(outcome)")
      return
    }
  }

  @Test func resumingStartsAtTheFirstUnansweredQuestion() throws {
    let conversation = IntakeConversation(
      survey: try survey(), texts: texts, console: ScriptConsole([]), journal: MemoryJournal(),
      answers: ["consent.informed": .choice("yes"), "consent.language": .language("ti")])
    #expect(conversation.resumePoint?.id == "background.programme")
  }
}
