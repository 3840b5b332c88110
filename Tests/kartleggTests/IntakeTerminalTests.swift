import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The intake in a real terminal (tmux): a whole conversation, Ctrl-C, and `kill -9` at several
/// points followed by `--resume`.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable))
struct IntakeTerminalTests {
  @Test func aWholeIntakeRunsInATerminal() throws {
    let database = try TemporaryDatabase()
    let session = try TmuxSession(["intake"], environment: database.environment)
    for line in IntakeScript.terminalAll { try session.answer(line) }
    try session.waitFor("Resultatet er godkjent og lagret")
    let screen = try session.screen()
    let id = try #require(IntakeScript.participant(in: screen))
    #expect(screen.contains("Tolk · spørsmål 45 av 45"))
    let intake = try database.intake(id)
    #expect((intake["answers"] as? [String: Any])?.count == 42)
    #expect(intake["status"] as? String == "complete")
  }

  @Test(arguments: [1, 12, 31])
  func killNineLosesNoConfirmedAnswerAndResumeContinuesThere(answered: Int) throws {
    let database = try TemporaryDatabase()
    let session = try TmuxSession(["intake"], environment: database.environment)
    for line in IntakeScript.terminalRegistration + IntakeScript.answers.prefix(answered) {
      try session.answer(line)
    }
    try session.waitForPrompt()  // the next question is on screen: every answer is confirmed
    let id = try #require(IntakeScript.participant(in: try session.screen()))
    kill(try session.pid(), SIGKILL)
    Thread.sleep(forTimeInterval: 0.2)
    let saved = try database.intake(id)
    let skips = IntakeScript.answers.prefix(answered).filter { $0 == "." }.count
    #expect((saved["answers"] as? [String: Any])?.count == answered - skips)
    #expect((saved["skipped"] as? [String])?.count == skips)

    let resumed = try TmuxSession(["intake", "--resume", id], environment: database.environment)
    try resumed.waitForPrompt()
    #expect(try resumed.screen().contains("spørsmål \(answered + 1) av"))
    for line in IntakeScript.answers.dropFirst(answered) + ["a"] { try resumed.answer(line) }
    try resumed.waitFor("Resultatet er godkjent og lagret")
    let intake = try database.intake(id)
    #expect((intake["answers"] as? [String: Any])?.count == 42)
    #expect(intake["status"] as? String == "complete")
  }

  @Test func ctrlCSaysHowToResumeAndKeepsTheAnswers() throws {
    let database = try TemporaryDatabase()
    let session = try TmuxSession(["intake"], environment: database.environment)
    for line in IntakeScript.terminalRegistration + IntakeScript.answers.prefix(5) {
      try session.answer(line)
    }
    try session.waitForPrompt()
    try session.key("C-c")
    try session.waitFor("Avbrutt: alle bekreftede svar er lagret.")
    let id = try #require(IntakeScript.participant(in: try session.screen()))
    #expect(try session.screen().contains("kartlegg intake --resume \(id)"))
    #expect((try database.intake(id)["answers"] as? [String: Any])?.count == 5)
  }

  @Test func unfinishedIntakesAreOfferedWhenANewIntakeStarts() throws {
    let database = try TemporaryDatabase()
    let first = try database.run(
      ["intake"], input: IntakeScript.piped(IntakeScript.registration + ["1", "ti", "q"]))
    let id = try #require(IntakeScript.participant(in: first.output))
    let session = try TmuxSession(["intake"], environment: database.environment)
    try session.waitFor("Uferdige kartlegginger (1, side 1 av 1, nyeste først):")
    #expect(try session.screen().contains("1  Test Testesen  \(id) · Høst 2026 · startet "))
    try session.answer("1")
    try session.waitFor("Fortsetter kartleggingen av \(id)")
    try session.waitFor("spørsmål 3 av")
  }

  @Test func moreThanTwentyUnfinishedIntakesArePagedNeverCut() throws {
    let database = try TemporaryDatabase()
    for index in 1...21 {
      let lines = ["Person \(index)", "", "Høst 2026", "1", "ti", "1", "q"]
      _ = try database.run(["intake"], input: IntakeScript.piped(lines))
    }
    let session = try TmuxSession(["intake"], environment: database.environment)
    try session.waitFor("Uferdige kartlegginger (21, side 1 av 2, nyeste først):")
    #expect(try session.screen().contains("1  Person 21  "))
    try session.answer("+")
    try session.waitFor("side 2 av 2")
    #expect(try session.screen().contains("21  Person 1  "))
  }
}
