import Foundation
import Testing

@Suite struct GroupsCommandTests {
  /// 15 participants from the benchmark's generator (seed 2); the proven optimum is 59 of 105
  /// weighted matches (S 0.5619).
  private static let fifteen = """
    id,level,goal,industry
    p00001,3,other,school_sfo
    p00002,1,education,cleaning
    p00003,2,work,logistics
    p00004,2,work,kindergarten
    p00005,2,work,cleaning
    p00006,3,other,logistics
    p00007,2,work,school_sfo
    p00008,1,work,care
    p00009,2,other,logistics
    p00010,2,work,school_sfo
    p00011,2,work,care
    p00012,3,education,kindergarten
    p00013,3,education,cleaning
    p00014,3,education,cleaning
    p00015,2,other,retail_service

    """

  /// Writes a roster into a fresh directory and runs `groups suggest` on it.
  private func suggest(_ roster: String, _ options: [String] = []) throws -> (CommandRun, String) {
    let directory = try CommandRun.temporaryDirectory()
    let file = directory.appendingPathComponent("roster.csv")
    try roster.write(to: file, atomically: true, encoding: .utf8)
    let run = try CommandRun.kartlegg(["groups", "suggest", "--roster", file.path] + options)
    try? FileManager.default.removeItem(at: directory)
    return (run, file.path)
  }

  @Test func csvFormatPrintsHeaderAndEveryParticipantOnce() throws {
    let (run, _) = try suggest(Self.fifteen, ["--format", "csv"])
    #expect(run.status == 0)
    let lines = run.output.split(separator: "\n").map(String.init)
    #expect(lines.first == "id,group")
    #expect(lines.count == 16)
    let ids = lines.dropFirst().map { String($0.split(separator: ",")[0]) }
    let expected: [String] = (1...15).map { String(format: "p%05d", $0) }
    #expect(ids == expected)
    let groups = Set(lines.dropFirst().map { $0.split(separator: ",")[1] })
    #expect(groups == ["G1", "G2"])
  }

  @Test func textReachesTheProvenOptimum() throws {
    let (run, _) = try suggest(Self.fifteen)
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("2 groups of 6 to 10 for 15 participants\n"))
    #expect(run.output.contains("Quality: S 0.5619 (59 of 105 weighted matches)"))
    #expect(run.errors.isEmpty)
  }

  @Test func jsonHasTheSchemaGroupsAndScore() throws {
    let (run, _) = try suggest(Self.fifteen, ["--format", "json"])
    #expect(run.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "kartlegg.groups/2")
    #expect(object["score"] as? Double == 0.5619)
    #expect(object["weighted_matches"] as? Int == 59)
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(groups.map { ($0["members"] as? [String])?.count ?? 0 }.reduce(0, +) == 15)
  }

  @Test func everyBadRowIsReportedWithItsLine() throws {
    let roster = """
      id,level,goal,industry
      p1,1,work,care
      p2,1,work
      ,2,work,care
      p1,2,work,care
      p4,7,work,care
      "p5
      (two lines)",2,,care

      """
    let (run, path) = try suggest(roster)
    #expect(run.status == 65)
    #expect(
      run.errors.split(separator: "\n").map(String.init) == [
        "\(path):3:1: error: linjen skal ha 4 felt, men har 3",
        "\(path):4:1: error: feltet id er tomt",
        "\(path):5:1: error: id-en 'p1' står to ganger (først på linje 2)",
        "\(path):6:1: error: nivået '7' er ikke 1, 2 eller 3",
        "\(path):7:1: error: feltet goal er tomt",
      ])
    #expect(run.output.isEmpty)
  }

  @Test func readsByteOrderMarkCRLFAndQuotedFields() throws {
    let rows = (1...6).map { "\"p\($0), quoted\",2,work,care" }
    let roster =
      "\u{FEFF}industry,goal,level,id\r\n"
      + rows.map { row in
        let fields = row.components(separatedBy: ",2,work,care")[0]
        return "care,work,2,\(fields)"
      }.joined(separator: "\r\n") + "\r\n"
    let (run, _) = try suggest(roster, ["--format", "csv"])
    #expect(run.status == 0)
    #expect(run.errors.isEmpty)
    let lines = run.output.split(separator: "\n").map(String.init)
    #expect(lines == ["id,group"] + (1...6).map { "\"p\($0), quoted\",G1" })
  }

  @Test func wrongHeaderIsReportedOnLineOne() throws {
    let (run, path) = try suggest("id,level,goal\np1,1,work\n")
    #expect(run.status == 65)
    #expect(
      run.errors
        == "\(path):1:1: error: overskriften skal være 'id,level,goal,industry' (i valgfri "
        + "rekkefølge), men er 'id,level,goal'\n")
  }

  @Test func missingFileExits66() throws {
    let run = try CommandRun.kartlegg(["groups", "suggest", "--roster", "no-such-roster.csv"])
    #expect(run.status == 66)
    #expect(run.errors == "no-such-roster.csv: error: filen finnes ikke\n")
  }

  @Test(arguments: [
    (5, "5 deltakere er færre enn minste gruppestørrelse 6"),
    (
      11,
      "11 deltakere kan ikke deles i grupper på 6 til 10: 1 gruppe rommer høyst 10, og 2 "
        + "grupper trenger minst 12"
    ),
  ])
  func infeasibleSizesExit65(count: Int, message: String) throws {
    let rows = (1...count).map { "p\($0),1,work,care" }
    let (run, path) = try suggest((["id,level,goal,industry"] + rows).joined(separator: "\n"))
    #expect(run.status == 65)
    #expect(run.errors == "\(path): error: \(message)\n")
    #expect(run.output.isEmpty)
  }

  @Test(arguments: [
    (["--min", "0"], "--min must be at least 1, not 0"),
    (["--min", "8", "--max", "6"], "--min 8 is larger than --max 6"),
  ])
  func badSizesAreUsageErrors(options: [String], message: String) throws {
    let (run, _) = try suggest(Self.fifteen, options)
    #expect(run.status == 64)
    #expect(run.errors.contains(message))
  }
}
