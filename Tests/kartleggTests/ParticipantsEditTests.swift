import Foundation
import Testing

struct ParticipantsEditTests {
  private func imported(_ database: TemporaryDatabase, cohort: String) throws -> String {
    let run = try database.run([
      "intake", "--answers", "docs/examples/answers-tigrinya.json", "--name", "Feil Navn",
      "--cohort", cohort,
    ])
    return run.output.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test func correctsNameAndCohortAndLogsOnlyTheFields() throws {
    let database = try TemporaryDatabase()
    let id = try imported(database, cohort: "Høst 2026")
    _ = try imported(database, cohort: "Vår 2027")
    let run = try database.run([
      "participants", "edit", id, "--name", "Rett Navn", "--cohort", "vår  2027",
    ])
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("\(id): rettet (name, cohort)."))
    let export = try database.export(id)
    #expect(export["name"] as? String == "Rett Navn")
    #expect(export["cohort"] as? String == "Vår 2027")
    let audit = export["audit"] as? [[String: Any]] ?? []
    let edit = audit.first { $0["action"] as? String == "participant.edit" }
    #expect(edit?["detail"] as? String == "name,cohort")
    #expect(!(audit.map { "\($0)" }.joined().contains("Rett Navn")))
  }

  @Test func refusesNothingToChangeAnUnknownIdAndAnUnknownProgramme() throws {
    let database = try TemporaryDatabase()
    let id = try imported(database, cohort: "Høst 2026")
    #expect(try database.run(["participants", "edit", id]).status == 64)
    #expect(try database.run(["participants", "edit", "ZZZZ-ZZZZ", "--name", "X"]).status == 65)
    let programme = try database.run(["participants", "edit", id, "--programme", "nope"])
    #expect(programme.status == 65)
    #expect(programme.errors.contains("'nope' er ikke et program i kartleggingen"))
  }
}
