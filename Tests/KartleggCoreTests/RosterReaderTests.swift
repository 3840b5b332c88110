import Foundation
import KartleggCore
import Testing

@Suite struct RosterReaderTests {
  private func problems(_ text: String) -> [String] {
    do {
      _ = try RosterReader().read(Array(text.utf8))
      return []
    } catch {
      return error.problems.map { "\($0.line): \($0.message)" }
    }
  }

  @Test func readsColumnsInAnyOrderWithQuotesAndCRLF() throws {
    let text =
      "industry,id,goal,level\r\n\"care, elder\",A1,work,2\r\n\r\nit,\"B\"\"2\",school,1\r\n"
    let rows = try RosterReader().read(Array(("\u{FEFF}" + text).utf8))
    #expect(
      rows == [
        .init(id: "A1", level: "2", goal: "work", industry: "care, elder"),
        .init(id: "B\"2", level: "1", goal: "school", industry: "it"),
      ])
  }

  @Test(arguments: [
    ("", ["1: the file is empty; expected the header 'id,level,goal,industry'"]),
    (
      "id,level,goal\n",
      ["1: expected the header 'id,level,goal,industry' (any order), found 'id,level,goal'"]
    ),
    (
      "id,level,goal,industry\nA,4,work,it\nA,1,,it\nB,1,work\n",
      [
        "2: level '4' is not 1, 2 or 3", "3: empty goal", "3: duplicate id 'A' (first on line 2)",
        "4: expected 4 fields, found 3",
      ]
    ),
    (
      "id,level,goal,industry\n\"A\nB\",1,work,it\nC,1,work,\"it\n",
      ["4: a quoted field is never closed"]
    ),
    ("id,level,goal,industry\n\"A\"x,1,work,it\n", ["2: text after a closing quote"]),
    ("id,level,goal,industry\nA,1,work,\u{FF}\n", []),
  ])
  func reportsEveryProblemWithItsLine(text: String, expected: [String]) {
    if expected.isEmpty {
      #expect(problems(text) == [])
    } else {
      #expect(problems(text) == expected)
    }
  }

  @Test func invalidUTF8IsAProblemAtItsLine() {
    var bytes = Array("id,level,goal,industry\nA,1,work,it\nB,1,work,".utf8)
    bytes += [0xFF, 0x0A]
    let failure = #expect(throws: RosterReader.Failure.self) { try RosterReader().read(bytes) }
    #expect(failure?.problems.map(\.line) == [3])
    #expect(failure?.problems.map(\.message) == ["text is not valid UTF-8"])
  }

  @Test func stopsAfterTheProblemLimit() {
    let text = "id,level,goal,industry\n" + (0..<500).map { "A\($0),9,work,it\n" }.joined()
    let found = problems(text)
    #expect(found.count == RosterReader.problemLimit + 1)
    #expect(
      found.last
        == "\(RosterReader.problemLimit + 2): too many problems; stopped reading after the first 100"
    )
  }

  @Test func aOneMebibyteLineAndSixtyThousandRowsAreQuick() throws {
    let clock = ContinuousClock()
    let oneLine = "id,level,goal,industry\n" + String(repeating: "x,", count: 512 * 1024)
    var lineProblems: [String] = []
    let lineTime = clock.measure { lineProblems = problems(oneLine) }
    #expect(lineProblems == ["2: expected 4 fields, found 524289"])
    let header = String(repeating: "h", count: 1024 * 1024)
    var headerProblems: [String] = []
    let headerTime = clock.measure { headerProblems = problems(header) }
    #expect(headerProblems.first?.count ?? 0 < 200)
    var rows = "id,level,goal,industry\n"
    for index in 0..<60_000 { rows += "P\(index),\(index % 3 + 1),work,industry\(index % 40)\n" }
    var count = 0
    let rowsTime = try clock.measure { count = try RosterReader().read(Array(rows.utf8)).count }
    #expect(count == 60_000)
    for time in [lineTime, headerTime, rowsTime] { #expect(time < .seconds(30), "\(time)") }
  }
}
