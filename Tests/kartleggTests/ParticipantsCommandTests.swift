import Foundation
import Testing

/// `intake --answers`, `participants list|show|export|erase`, and two processes writing at once.
@Suite struct ParticipantsCommandTests {
  private let example = "docs/examples/answers-tigrinya.json"

  private func importExample(_ database: TemporaryDatabase, name: String, accept: Bool = true)
    throws -> String
  {
    let run = try database.run(
      ["intake", "--answers", example, "--name", name, "--cohort", "Vår 2027"]
        + (accept ? ["--accept"] : []))
    #expect(run.status == 0, "\(run.errors)")
    return run.output.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test func anImportedAnswersFileBecomesAnAssessedIntake() throws {
    let database = try TemporaryDatabase()
    let id = try importExample(database, name: "ሳባ ተስፋይ")
    #expect(id.wholeMatch(of: /[0-9A-Z]{4}-[0-9A-Z]{4}/) != nil)
    let export = try database.export(id)
    #expect(export["name"] as? String == "ሳባ ተስፋይ")
    #expect(export["schema"] as? String == "kartlegg.participant-export/1")
    let intake = try database.intake(id)
    #expect(intake["status"] as? String == "complete")
    #expect(intake["language"] as? String == "ti")
    #expect((intake["survey_hash"] as? String)?.count == 64)
    let list = try database.run(["participants", "list"])
    #expect(list.output.contains("\(id)  Vår 2027  fullført"))
    #expect(!list.output.contains("ሳባ"))
    #expect(try database.run(["participants", "list", "--names"]).output.contains("ሳባ ተስፋይ"))
  }

  @Test func showLabelsEveryPartInTheAdvisersLanguage() throws {
    let database = try TemporaryDatabase()
    let id = try importExample(database, name: "Case 1")
    let show = try database.run(["participants", "show", id])
    #expect(show.status == 0)
    for line in [
      "    Samlet: Nybegynner", "    Sikkerhet: Nybegynner", "    Kanal: Telefonsamtale",
      "    Tolkebehov: trengs", "    Tolkespråk: ti tigrinja", "    Tolkeform: oppmøte",
    ] {
      #expect(show.output.contains(line + "\n"), "\(line)")
    }
    #expect(try database.run(["participants", "list"]).output.contains("fullført  Nybegynner"))
  }

  @Test func aBrokenAnswersFileIsRejectedWithItsLineAndNothingIsStored() throws {
    let database = try TemporaryDatabase()
    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("bad.json")
    try Data(
      """
      {
        "survey": "digital-intake",
        "answers": {
          "consent.informed": "maybe"
        }
      }
      """.utf8
    ).write(to: file)
    let run = try database.run(
      ["intake", "--answers", file.path, "--name", "X", "--cohort", "C", "--ui-language", "en"])
    #expect(run.status == 65)
    #expect(run.errors.contains("bad.json:4:"))
    #expect(run.errors.contains("'maybe' is not an option"))
    #expect(try database.run(["participants", "list"]).output.contains("Ingen deltakere."))
  }

  @Test func importNeedsANameAndACohort() throws {
    let database = try TemporaryDatabase()
    let run = try database.run(["intake", "--answers", example])
    #expect(run.status == 64)
    #expect(run.errors.contains("--answers needs --name and --cohort"))
  }

  @Test func erasedPersonLeavesNoTraceInTheDatabaseFile() throws {
    let database = try TemporaryDatabase()
    let kept = try importExample(database, name: "Kari Beholdt")
    let erased = try importExample(database, name: "Zerubabel Slettesen")
    let run = try database.run(["participants", "erase", erased, "--yes"])
    #expect(run.status == 0)
    #expect(run.output.contains("\(erased) er slettet"))
    var bytes = try Data(contentsOf: URL(fileURLWithPath: database.path))
    for suffix in ["-wal", "-shm"] {
      if let extra = FileManager.default.contents(atPath: database.path + suffix) {
        bytes.append(extra)
      }
    }
    #expect(bytes.range(of: Data("Zerubabel".utf8)) == nil)
    #expect(bytes.range(of: Data("Kari Beholdt".utf8)) != nil)
    let list = try database.run(["participants", "list"]).output
    #expect(list.contains(kept))
    #expect(!list.contains(erased))
    let again = try database.run(["participants", "erase", erased, "--yes"])
    #expect(again.status == 65)
    #expect(again.errors.contains("ingen deltaker «\(erased)»"))
  }

  @Test func eraseAsksForTheIdAgain() throws {
    let database = try TemporaryDatabase()
    let id = try importExample(database, name: "Ola")
    let refused = try database.run(["participants", "erase", id], input: "feil\n")
    #expect(refused.status == 65)
    #expect(refused.output.contains("Ikke slettet."))
    let confirmed = try database.run(["participants", "erase", id], input: id.lowercased() + "\n")
    #expect(confirmed.status == 0)
  }

  @Test func databaseFilesAreOwnerOnly() throws {
    let database = try TemporaryDatabase()
    _ = try importExample(database, name: "Ola")
    let directory = URL(fileURLWithPath: database.path).deletingLastPathComponent().path
    let attributes = try FileManager.default.attributesOfItem(atPath: directory)
    #expect((attributes[.posixPermissions] as? Int ?? 0) & 0o777 == 0o700)
    let file = try FileManager.default.attributesOfItem(atPath: database.path)
    #expect((file[.posixPermissions] as? Int ?? 0) & 0o777 == 0o600)
  }

  @Test func twoProcessesWritingAtOnceNeverSeeALockedDatabase() async throws {
    let database = try TemporaryDatabase()
    _ = try importExample(database, name: "Første")
    let environment = database.environment
    let example = example
    let runs = try await withThrowingTaskGroup(of: CommandRun.self) { group in
      for index in 0..<8 {
        group.addTask {
          try CommandRun.kartlegg(
            [
              "intake", "--answers", example, "--name", "Samtidig \(index)", "--cohort",
              "Vår 2027", "--accept",
            ], environment: environment)
        }
      }
      var all: [CommandRun] = []
      for try await run in group { all.append(run) }
      return all
    }
    for run in runs {
      #expect(run.status == 0)
      #expect(!run.errors.contains("locked"), "\(run.errors)")
    }
    let list = try database.run(["participants", "list"]).output
    #expect(list.split(separator: "\n").count == 1 + 9)
  }
}
