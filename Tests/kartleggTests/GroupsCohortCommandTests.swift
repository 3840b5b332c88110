import Foundation
import Testing

/// `groups suggest --cohort`, `show`, `move`, `pin`, `apart` and `accept` on a temporary
/// database, as an adviser runs them.
@Suite struct GroupsCohortCommandTests {
  private let cohort = CohortFixture.cohort
  /// Seven in care, six in cleaning.
  private let thirteen = Array(repeating: "care", count: 7) + Array(repeating: "cleaning", count: 6)

  private func groups(_ database: TemporaryDatabase, _ arguments: [String]) throws -> CommandRun {
    try database.run(["groups"] + arguments + ["--cohort", cohort])
  }

  /// The members line of each group, by group name.
  private func members(in output: String) -> [String: [String]] {
    var result: [String: [String]] = [:]
    var current: String?
    for line in output.split(separator: "\n").map(String.init) {
      if let match = line.firstMatch(of: #/^(\S+) \(\d+\): /#) { current = String(match.output.1) }
      if let current, line.hasPrefix("  Deltakere: ") {
        result[current] = line.dropFirst(13).split(separator: " ").map(String.init)
      }
    }
    return result
  }

  @Test func suggestShowMoveAndAcceptACohort() throws {
    let database = try TemporaryDatabase()
    let ids = try CohortFixture.make(database, industries: thirteen)
    let waiting = try CohortFixture.unassessed(database)

    let suggested = try groups(database, ["suggest"])
    #expect(suggested.status == 0, "\(suggested.errors)")
    let text = suggested.output
    #expect(
      text.hasPrefix(
        "2 grupper på 6 til 10 for 13 deltakere i kullet «Høst 2026» (regel Arbeidsrettede grupper etter bransje og mål)"
      ))
    #expect(
      text.contains("G1 (7): Bransje: Pleie og omsorg · Mål: Jobb (5 av 7) · Nivå: Nybegynner"))
    #expect(!text.contains("background."))
    #expect(text.contains("  Gruppekanal: SMS 7"))
    #expect(text.contains("  Tolk: tigrinja 6"))
    #expect(
      text.contains(
        "Kvalitet: 13 av 13 deler bransje (mål: minst 85 %); 9 av 13 deler mål; "
          + "13 av 13 deler nivå; "
          + "2 tolkebestillinger (gruppe og språk), minst mulig 2"))
    #expect(text.contains("Ikke kartlagt ennå, ikke plassert: \(waiting)"))
    #expect(!text.contains("Navn"))
    var placed = members(in: text)
    #expect(placed["G1"] == Array(ids[0..<7]))
    #expect(placed["G2"] == Array(ids[7..<13]))

    let shown = try groups(database, ["show"])
    #expect(shown.status == 0)
    #expect(shown.output.contains("Utkast, foreslått av veileder-test"))
    #expect(members(in: shown.output) == placed)

    let tooFew = try groups(database, ["move", ids[8], "--to", "G1"])
    #expect(tooFew.status == 65)
    #expect(
      tooFew.errors.contains(
        "flyttingen ville gitt gruppe «G2» 5 deltakere, under minste gruppestørrelse 6"))
    let moved = try groups(database, ["move", ids[0], "--to", "G2"])
    #expect(moved.status == 0, "\(moved.errors)")
    #expect(moved.output.contains("\(ids[0]) er flyttet til gruppe G2"))
    let unknown = try groups(database, ["move", ids[1], "--to", "G9"])
    #expect(unknown.status == 65)
    #expect(unknown.errors.contains("ingen gruppe «G9» i utkastet"))

    let accepted = try groups(database, ["accept"])
    #expect(accepted.status == 0)
    #expect(accepted.output.contains("Utkastet for kullet «Høst 2026» er godkjent (2 grupper)"))
    let final = try groups(database, ["show"])
    #expect(final.output.contains("Godkjent av veileder-test"))
    placed = members(in: final.output)
    #expect(placed["G1"] == Array(ids[1..<7]))
    #expect(placed["G2"] == [ids[0]] + Array(ids[7..<13]))
    #expect(
      final.output.contains(
        "G2 (7): Bransje: Renhold (6 av 7) · Mål: Jobb (5 av 7) · Nivå: Nybegynner"))
    let again = try groups(database, ["move", ids[1], "--to", "G2"])
    #expect(again.status == 65)
    #expect(again.errors.contains("kullet «Høst 2026» har ikke noe utkast til grupper"))

    let audit = try #require(try database.export(ids[0])["audit"] as? [[String: Any]])
    let actions = audit.compactMap { $0["action"] as? String }
    #expect(actions.contains("groups.move"))
    #expect(audit.allSatisfy { $0["actor"] as? String == "veileder-test" })
  }

  @Test func jsonHasTheSchemaStateGroupsAndThoseNotPlaced() throws {
    let database = try TemporaryDatabase()
    let ids = try CohortFixture.make(database, industries: thirteen)
    let waiting = try CohortFixture.unassessed(database)
    let run = try groups(database, ["suggest", "--format", "json"])
    #expect(run.status == 0, "\(run.errors)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "kartlegg.cohort-groups/2")
    #expect(object["state"] as? String == "draft")
    #expect(object["policy"] as? String == "work")
    #expect(object["participants"] as? Int == 13)
    #expect(object["score"] as? Double == 0.9316)
    #expect(object["not_assessed"] as? [String] == [waiting])
    let keys = try #require(object["keys"] as? [[String: Any]])
    #expect(
      keys.compactMap { $0["name"] as? String }
        == ["background.industry", "background.goal", "overall-level"])
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(
      groups.compactMap { $0["members"] as? [String] } == [Array(ids[0..<7]), Array(ids[7...])])
    let first = try #require(groups.first)
    #expect(first["lowest_level"] as? String == "beginner")
    #expect(first["languages"] as? [String] == ["ti"])
    #expect(
      first["reason"] as? String
        == "all share background.industry 'care' and overall-level 'beginner'; "
        + "background.goal 'work' for 5 of 7; interpreter 'ti' for 7")
    let shown = try self.groups(database, ["show", "--format", "json"])
    #expect(shown.output == run.output)
  }

  @Test func pinsAndApartPairsShapeTheNextSuggestion() throws {
    let database = try TemporaryDatabase()
    let ids = try CohortFixture.make(database, industries: thirteen)
    #expect(try groups(database, ["pin", ids[0], "--to", "Morgen"]).status == 0)
    #expect(try groups(database, ["pin", ids[7], "--to", "Morgen"]).status == 0)
    let apart = try groups(database, ["apart", ids[0], ids[7]])
    #expect(apart.status == 0)
    let refused = try groups(database, ["suggest"])
    #expect(refused.status == 65)
    #expect(refused.errors.contains("kan ikke lage grupper for kullet «Høst 2026»: "))
    #expect(
      refused.errors.contains("skal holdes fra hverandre, men er begge festet til gruppe Morgen"))
    let nothing = try groups(database, ["show"])
    #expect(nothing.status == 65)
    #expect(nothing.errors.contains("kullet «Høst 2026» har ingen gruppeplan"))

    #expect(try groups(database, ["apart", ids[0], ids[7], "--remove"]).status == 0)
    #expect(try groups(database, ["pin", ids[7], "--remove"]).status == 0)
    #expect(try groups(database, ["apart", ids[0], ids[1]]).status == 0)
    let suggested = try groups(database, ["suggest"])
    #expect(suggested.status == 0, "\(suggested.errors)")
    let placed = members(in: suggested.output)
    #expect(placed["Morgen"]?.contains(ids[0]) == true)
    #expect(placed["Morgen"]?.contains(ids[1]) == false)
    let export = try database.export(ids[7])
    let actions = (export["audit"] as? [[String: Any]] ?? []).compactMap { $0["action"] as? String }
    #expect(
      actions.filter { $0.hasPrefix("groups.") }
        == ["groups.pin", "groups.apart", "groups.apart-remove", "groups.unpin"])
  }

  @Test func cohortsTooSmallToGroupAreExplainedAndNothingIsStored() throws {
    let database = try TemporaryDatabase()
    _ = try CohortFixture.make(database, industries: Array(repeating: "care", count: 5))
    let run = try groups(database, ["suggest"])
    #expect(run.status == 65)
    #expect(
      run.errors.contains(
        "kan ikke lage grupper for kullet «Høst 2026»: 5 deltakere er færre enn minste "
          + "gruppestørrelse 6"))
    #expect(run.output.isEmpty)
    #expect(try groups(database, ["show"]).status == 65)
  }

  @Test func unknownCohortPolicyAndParticipantAreNamed() throws {
    let database = try TemporaryDatabase()
    let ids = try CohortFixture.make(database, industries: ["care"])
    let cohort = try database.run(["groups", "suggest", "--cohort", "Vår 2031"])
    #expect(cohort.status == 65)
    #expect(cohort.errors.contains("ikke noe kull «Vår 2031»"))
    let policy = try groups(database, ["suggest", "--policy", "hobby"])
    #expect(policy.status == 65)
    #expect(
      policy.errors.contains(
        "undersøkelsen «digital-intake» har ingen grupperingsregel «hobby» (regler: work, "
          + "digital-training)"))
    let stranger = try groups(database, ["pin", "AAAA-AAAA", "--to", "G1"])
    #expect(stranger.status == 65)
    #expect(stranger.errors.contains("deltaker «AAAA-AAAA» er ikke i kullet «Høst 2026»"))
    let usage = try database.run(["groups", "suggest"])
    #expect(usage.status == 64)
    #expect(usage.errors.contains("give either --roster FILE or --cohort NAME"))
    #expect(
      try groups(database, ["apart", ids[0], ids[0]]).errors.contains(
        "deltaker «\(ids[0])» kan ikke holdes adskilt fra seg selv"))
  }

  @Test func swapExchangesTwoMembersAndRefusesTheSameGroup() throws {
    let database = try TemporaryDatabase()
    let ids = try CohortFixture.make(database, industries: Array(repeating: "care", count: 12))
    #expect(try groups(database, ["suggest"]).status == 0)
    let before = members(in: try groups(database, ["show", "--draft"]).output)
    let first = try #require(before["G1"]?.first)
    let second = try #require(before["G2"]?.first)
    let swapped = try groups(database, ["swap", first, second])
    #expect(swapped.status == 0, "\(swapped.errors)")
    #expect(swapped.output.contains("har byttet gruppe i utkastet"))
    let after = members(in: try groups(database, ["show", "--draft"]).output)
    #expect(after["G1"]?.contains(second) == true)
    #expect(after["G2"]?.contains(first) == true)
    #expect(after["G1"]?.count == before["G1"]?.count)
    let same = try groups(database, ["swap", second, try #require(after["G1"]?.last)])
    #expect(same.status == 65)
    #expect(ids.count == 12)
  }
}
