import Foundation
import Testing

@Suite struct DemoCommandTests {
  @Test func createsASyntheticCohortInTheGivenDatabase() throws {
    let database = try TemporaryDatabase()
    let run = try database.run(["demo", "--participants", "20", "--cohort", "Demo test"])
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.output.contains(
        "Laget 20 syntetiske deltakere i kullet 'Demo test' i \(database.path)."))
    // 16 complete and 2 answered have results; those not informed about storage are not
    // grouped (the survey's grouping condition), the rest form groups left as a draft.
    #expect(run.output.contains("grupper på 6 til 10 for "))
    #expect(run.output.contains("deltakere i kullet «Demo test»"))
    #expect(try database.run(["groups", "show", "--cohort", "Demo test"]).status == 0)
    let list = try database.run(["participants", "list", "--cohort", "Demo test", "--names"])
    let rows = list.output.split(separator: "\n").dropFirst()
    #expect(rows.count == 20)
    #expect(rows.allSatisfy { $0.contains("Syntetisk deltaker") })
    // Every tenth is still in progress, every tenth after it awaits review; one of those in
    // progress said no to being informed about storage, so the survey stopped their intake.
    #expect(rows.filter { $0.contains("pågår") }.count == 1)
    #expect(rows.filter { $0.contains("ikke informert") }.count == 1)
    #expect(rows.filter { $0.contains("venter på godkjenning") }.count == 2)
    #expect(rows.filter { $0.contains("fullført") }.count == 16)
  }

  @Test func theSameSeedGivesTheSameCohort() throws {
    let first = try TemporaryDatabase()
    let second = try TemporaryDatabase()
    for database in [first, second] {
      #expect(try database.run(["demo", "--participants", "12", "--seed", "9"]).status == 0)
    }
    func levels(_ database: TemporaryDatabase) throws -> [String] {
      try database.run(["participants", "list"]).output.split(separator: "\n").dropFirst()
        .map { String($0.split(separator: " ").last ?? "") }
    }
    #expect(try levels(first) == levels(second))
  }

  @Test func neverAddsToAnExistingCohort() throws {
    let database = try TemporaryDatabase()
    #expect(try database.run(["demo", "--participants", "3", "--cohort", "Kull A"]).status == 0)
    let again = try database.run(["demo", "--participants", "3", "--cohort", "Kull A"])
    #expect(again.status == 65)
    #expect(
      again.errors
        == "error: kullet 'Kull A' finnes allerede; demoen lager bare nye kull (velg et annet --cohort)\n"
    )
    let list = try database.run(["participants", "list", "--cohort", "Kull A"])
    #expect(list.output.split(separator: "\n").count == 4)
  }

  @Test func aCohortTooSmallForGroupsStillCompletes() throws {
    let database = try TemporaryDatabase()
    let run = try database.run(["demo", "--participants", "4"])
    #expect(run.status == 0)
    #expect(run.output.contains("Ingen grupper: kullet er for lite for gruppestørrelsene"))
    #expect(run.errors.contains("4 deltakere er færre enn minste gruppestørrelse 6"))
  }

  @Test func withoutADatabaseWritesAFreshOneAndSaysWhere() throws {
    let temporary = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let run = try CommandRun.kartlegg(
      ["demo", "--participants", "2"],
      environment: ["TMPDIR": temporary.path, "KARTLEGG_UI_LANGUAGE": "en"])
    #expect(run.status == 0, "\(run.errors)")
    let path = try #require(run.output.firstMatch(of: /in (\/\S+kartlegg\.sqlite)\./)?.output.1)
    #expect(path.hasPrefix(temporary.path + "/kartlegg-demo-"))
    #expect(FileManager.default.fileExists(atPath: String(path)))
  }

  @Test(arguments: ["0", "5001", "-3"])
  func refusesParticipantCountsOutOfRange(count: String) throws {
    let database = try TemporaryDatabase()
    let run = try database.run(["demo", "--participants=\(count)"])
    #expect(run.status == 64)
    #expect(run.errors.contains("--participants must be from 1 to 5000, not \(count)"))
  }
}
