import Foundation
import Testing

/// The cohort plan end to end, as a leader and an adviser use it: a cohort with people not yet
/// informed about storage, interpreter bookings counted exactly for the team, nothing small in
/// what is shared, and a shared release refused when it would give one person away.
@Suite struct CohortPlanCommandTests {
  static let cohort = "Vår 2027"
  /// Interpreter languages of the informed participants, in import order.
  static let languages =
    ["ar", "ar", "ar", "ar", "ar", "ar", "ti", "ti", "ti", "ti", "ti"]
    + ["so", "so", "so", "so", "prs", "prs", "prs", "uk", "uk"]
  static let notInformed = 4

  /// Imports the informed participants (accepted) and the ones who answered "no" to being
  /// informed; returns the database and the ids of the latter.
  static func make() throws -> (TemporaryDatabase, [String]) {
    let database = try TemporaryDatabase()
    let example = try String(
      contentsOf: CommandRun.repository.appendingPathComponent(
        "docs/examples/answers-tigrinya.json"), encoding: .utf8)
    for (index, language) in languages.enumerated() {
      let text = example.replacingOccurrences(
        of: "\"interpreter.language\": \"ti\"", with: "\"interpreter.language\": \"\(language)\"")
      _ = try importFile(text, name: "Informert \(index)", into: database, accept: true)
    }
    var stopped: [String] = []
    for index in 0..<notInformed {
      let text = """
        {"survey": "digital-intake", "version": "1.0", "language": "ar",
         "answers": {"consent.informed": "no"}}
        """
      stopped.append(try importFile(text, name: "Ikke informert \(index)", into: database))
    }
    return (database, stopped)
  }

  static func importFile(
    _ text: String, name: String, into database: TemporaryDatabase, accept: Bool = false
  ) throws -> String {
    let file = database.directory.appendingPathComponent("\(name).json")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let run = try database.run(
      ["intake", "--answers", file.path, "--name", name, "--cohort", cohort]
        + (accept ? ["--accept"] : []))
    #expect(run.status == 0, "\(run.errors)")
    return run.output.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// CSV records as (table, figure, key, count).
  static func records(_ csv: String) -> [(table: String, figure: String, key: String, count: Int?)]
  {
    csv.split(separator: "\r\n").dropFirst().compactMap { line in
      let fields = SummaryCommandTests.fields(String(line))
      guard fields.count == 8 else { return nil }
      return (fields[0], fields[3], fields[4], Int(fields[6]))
    }
  }

  @Test func theInternalSummaryCountsEveryInterpreterLanguageAndTheWholeCohort() throws {
    let (database, _) = try Self.make()
    let run = try database.run(["summary", "--cohort", Self.cohort, "--format", "csv"])
    #expect(run.status == 0, "\(run.errors)")
    let records = Self.records(run.output)
    let languages = Dictionary(
      records.filter { $0.table == "interpreter.language" && $0.figure == "row" }
        .map { ($0.key, $0.count ?? -1) }, uniquingKeysWith: { first, _ in first })
    #expect(languages == ["ar": 6, "ti": 5, "so": 4, "prs": 3, "uk": 2, "not-recorded": 0])
    let total = records.first { $0.table == "participants.status" && $0.figure == "total" }
    #expect(total?.count == 24)
    let notInformed = records.first {
      $0.table == "participants.status" && $0.key == "not-informed"
    }
    #expect(notInformed?.count == 4)
    #expect(run.output.contains("audience,,,note,internal,Internt: inneholder små tall"))
    let bookings = records.filter { $0.table == "interpreter.bookings" }
    #expect(bookings.contains { $0.key == "uk/in-person" && $0.count == 2 })
    let text = try database.run(["summary", "--cohort", Self.cohort])
    #expect(
      text.output.contains(
        "4 (17 %)  Ikke informert om lagring ennå: informer og fortsett kartleggingen"))
    #expect(text.output.contains("Tolker å bestille (språk · form):\n    arabisk 6: oppmøte 6\n"))
    #expect(text.output.contains("    ukrainsk 2: oppmøte 2\n"))
  }

  @Test func theSharedSummaryShowsNoCountFromOneToFour() throws {
    let (database, _) = try Self.make()
    let run = try database.run([
      "summary", "--cohort", Self.cohort, "--format", "csv", "--audience", "shared",
    ])
    #expect(run.status == 0, "\(run.errors)")
    for record in Self.records(run.output) {
      #expect(!(1...4).contains(record.count ?? 0), "\(record)")
    }
    #expect(run.output.contains("audience,,,note,shared,,,note"))
    #expect(!run.output.contains("interpreter.bookings"))
  }

  @Test func theNotInformedAreInNoGroupAndSaySo() throws {
    let (database, stopped) = try Self.make()
    let run = try database.run([
      "groups", "suggest", "--cohort", Self.cohort, "--format", "json",
    ])
    #expect(run.status == 0, "\(run.errors)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    let groups = try #require(object["groups"] as? [[String: Any]])
    let members = Set(groups.flatMap { $0["members"] as? [String] ?? [] })
    #expect(members.count == Self.languages.count)
    #expect(members.isDisjoint(with: stopped))
    let notGrouped = try #require(object["not_grouped"] as? [[String: Any]])
    #expect(
      Set(
        notGrouped.filter { $0["reason"] as? String == "not-informed" }
          .compactMap { $0["participant"] as? String }) == Set(stopped))
    let text = try database.run(["groups", "suggest", "--cohort", Self.cohort])
    #expect(text.output.contains("Ikke informert om lagring ennå, ikke plassert"))
    let list = try database.run(["participants", "list"])
    for id in stopped {
      #expect(
        list.output.split(separator: "\n").contains {
          $0.hasPrefix(id) && $0.contains("ikke informert")
        })
    }
  }

  @Test func aSharedReleaseAfterOneMoreParticipantIsRefusedAndRevealsNothing() throws {
    let database = try TemporaryDatabase()
    let demo = try database.run(["demo", "--participants", "40", "--cohort", "Forskjell"])
    #expect(demo.status == 0, "\(demo.errors)")
    let shared = ["summary", "--cohort", "Forskjell", "--audience", "shared", "--format", "csv"]
    let first = try database.run(shared)
    #expect(first.status == 0, "\(first.errors)")
    #expect(try database.run(shared).output == first.output)
    let example = try String(
      contentsOf: CommandRun.repository.appendingPathComponent(
        "docs/examples/answers-tigrinya.json"), encoding: .utf8)
    let file = database.directory.appendingPathComponent("ny.json")
    try example.write(to: file, atomically: true, encoding: .utf8)
    let added = try database.run([
      "intake", "--answers", file.path, "--name", "Ny Person", "--cohort", "Forskjell", "--accept",
    ])
    #expect(added.status == 0, "\(added.errors)")
    let second = try database.run(shared)
    #expect(second.status == 65)
    #expect(second.output.isEmpty)
    #expect(second.errors.contains("Avvist: denne delte oversikten skiller seg for lite"))
    #expect(second.errors.contains("endret: 1; minst 5 trengs"))
    // The team's own, exact summary is still there for planning.
    #expect(try database.run(["summary", "--cohort", "Forskjell"]).status == 0)
  }

  @Test func aPipedIntakeAnsweredNoStopsAndContinuesOnceInformed() throws {
    let database = try TemporaryDatabase()
    let run = try database.run(
      ["intake"], input: IntakeScript.piped(IntakeScript.registration + ["2"]))
    #expect(run.status == 0, "\(run.errors)")
    let id = try #require(IntakeScript.participant(in: run.output))
    #expect(run.output.contains("\(id) har ikke fått informasjon om hva vi lagrer"))
    #expect(run.output.contains("Fortsett med: "))
    #expect(try database.intake(id)["status"] as? String == "not-informed")
    let result = try database.intake(id)["result"]
    #expect(result == nil || result is NSNull)
    let resumed = try database.run(
      ["intake", "--resume", id], input: IntakeScript.piped(IntakeScript.answers + ["a"]))
    #expect(resumed.status == 0, "\(resumed.errors)")
    #expect(try database.intake(id)["status"] as? String == "complete")
  }
}
