import Foundation
import Testing

/// Plausibility checks warn instead of refusing: the adviser confirms with Enter, and an
/// answers file with an implausible answer is accepted with the warning printed.
struct SoftCheckTests {
  private let example = "docs/examples/answers-tigrinya.json"

  @Test func theAdviserConfirmsAnImplausibleAnswerWithEnter() throws {
    let database = try TemporaryDatabase()
    let lines = IntakeScript.registration + ["1", "ti", "2", "2", "2", "3", "1 2", "27", "", "q"]
    let run = try database.run(["intake"], input: IntakeScript.piped(lines))
    #expect(run.output.contains("Mer enn 25 år på skole er uvanlig. Sjekk svaret med deltakeren."))
    #expect(run.output.contains("Trykk Enter for å beholde svaret, eller skriv et annet."))
    let id = try #require(IntakeScript.participant(in: run.output))
    let answers = try database.intake(id)["answers"] as? [String: Any]
    #expect(answers?["background.school_years"] as? Int == 27)
  }

  @Test func anotherAnswerReplacesTheImplausibleOne() throws {
    let database = try TemporaryDatabase()
    let lines = IntakeScript.registration + ["1", "ti", "2", "2", "2", "3", "1 2", "27", "12", "q"]
    let run = try database.run(["intake"], input: IntakeScript.piped(lines))
    let id = try #require(IntakeScript.participant(in: run.output))
    let answers = try database.intake(id)["answers"] as? [String: Any]
    #expect(answers?["background.school_years"] as? Int == 12)
  }

  @Test func anAnswersFileWithAnImplausibleAnswerIsImportedWithAWarning() throws {
    let database = try TemporaryDatabase()
    let original = try String(contentsOfFile: example, encoding: .utf8)
    let changed = original.replacingOccurrences(
      of: "\"background.work_years\": 0", with: "\"background.work_years\": 55")
    #expect(changed != original)
    let file = database.directory.appendingPathComponent("old-worker.json")
    try changed.write(to: file, atomically: true, encoding: .utf8)
    let run = try database.run([
      "intake", "--answers", file.path, "--name", "Lang Erfaring", "--cohort", "Høst 2026",
    ])
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.errors.contains("old-worker.json:"))
    #expect(run.errors.contains(": warning: "))
    #expect(run.errors.contains("Mer enn 50 år i jobb er lite sannsynlig"))
    let assess = try CommandRun.kartlegg(["assess", "--answers", file.path])
    #expect(assess.status == 0)
    #expect(assess.errors.contains(": warning: "))
  }
}
