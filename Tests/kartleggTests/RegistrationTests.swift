import Foundation
import Testing

/// Registration at the desk through a pipe: the keys `<`, `?` and `q` are never data.
struct RegistrationTests {
  @Test func backKeyReturnsToThePreviousPromptAndTheHintNamesTheDatabase() throws {
    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("desk.sqlite").path
    let run = try CommandRun.kartlegg(
      ["intake", "--database", path], input: "Desk Person\n\n<\n\nVår 2027\n1\n1\n1\nq\n",
      environment: ["KARTLEGG_ADVISER": "veileder-test", "KARTLEGG_UI_LANGUAGE": "nb"])
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("--database '\(path)'"))
    let list = try CommandRun.kartlegg(
      ["participants", "list", "--database", path], environment: ["KARTLEGG_UI_LANGUAGE": "nb"])
    #expect(list.output.contains("Vår 2027"))
    #expect(!list.output.contains("  <  "))
    #expect(list.output.split(separator: "\n").count == 2)
  }

  @Test func questionMarkExplainsThePromptAndIsNotData() throws {
    let database = try TemporaryDatabase()
    let run = try database.run(["intake"], input: "Desk Person\n\n?\nHøst 2026\n1\n1\nq\n")
    #expect(run.status == 0)
    #expect(run.output.contains("Kullet eller gruppen deltakeren starter i."))
    let list = try database.run(["participants", "list"])
    #expect(list.output.contains("Høst 2026"))
    #expect(!list.output.contains(" ? "))
  }

  @Test func quitAtRegistrationLeavesWithoutSaving() throws {
    let database = try TemporaryDatabase()
    let run = try database.run(["intake"], input: "Desk Person\nq\n")
    #expect(run.status == 65)
    #expect(run.output.contains("ingenting ble lagret"))
    #expect(try database.run(["participants", "list"]).output.contains("Ingen deltakere."))
  }

  @Test func anExistingCohortIsMatchedWithoutRegardToCaseOrSpaces() throws {
    let database = try TemporaryDatabase()
    _ = try database.run(["intake"], input: "Første\n\nHøst 2026\n1\n1\nq\n")
    let run = try database.run(["intake"], input: "Andre\n\nhøst  2026 \n1\n1\nq\n")
    #expect(run.output.contains("Bruker det eksisterende kullet «Høst 2026»."))
    let list = try database.run(["participants", "list"]).output
    #expect(list.components(separatedBy: "Høst 2026").count == 3)
    #expect(!list.contains("høst"))
  }

  @Test func anEmptyRequiredAnswerIsAskedAgain() throws {
    let database = try TemporaryDatabase()
    let run = try database.run(["intake"], input: "\nDesk Person\n\nHøst 2026\n1\n1\nq\n")
    #expect(run.output.contains("Skriv et svar, eller ? for hjelp."))
    #expect(try database.run(["participants", "list"]).output.contains("Høst 2026"))
  }
}
