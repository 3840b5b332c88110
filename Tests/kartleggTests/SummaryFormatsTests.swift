import Foundation
import Testing

/// The summary of a demo cohort in every format: no count from 1 to the threshold minus one
/// survives anywhere, and hidden cells show the hidden mark.
@Suite struct SummaryFormatsTests {
  static let threshold = 7

  /// A demo cohort of 40 (36 with results, 8 groups' worth of draft plan) and its summaries.
  final class Demo {
    let database: TemporaryDatabase
    init() throws {
      database = try TemporaryDatabase()
      let run = try database.run(["demo", "--participants", "40", "--cohort", "Demo e2e"])
      #expect(run.status == 0, "\(run.errors)")
    }

    func summary(_ format: String) throws -> String {
      let run = try database.run([
        "summary", "--cohort", "Demo e2e", "--format", format, "--audience", "shared", "--min-cell",
        String(SummaryFormatsTests.threshold),
      ])
      #expect(run.status == 0, "\(run.errors)")
      return run.output
    }
  }

  private func isAllowed(_ count: Int) -> Bool { count == 0 || count >= Self.threshold }

  private func numbers(in text: String, matching pattern: Regex<(Substring, Substring)>) -> [Int] {
    text.matches(of: pattern).compactMap { Int($0.output.1) }
  }

  @Test func everyFormatRendersAndHidesEverySmallCount() throws {
    let demo = try Demo()
    let json = try demo.summary("json")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "kartlegg.summary/2")
    #expect(object["synthetic"] as? Bool == true)
    var shown: [Int] = []
    var hiddenCount = 0
    for table in object["tables"] as? [[String: Any]] ?? [] {
      let rows = table["rows"] as? [[String: Any]] ?? []
      let cells = rows.compactMap { $0["count"] as? Int }
      shown += cells
      let hidden = rows.filter { $0["hidden"] as? Bool == true }
      hiddenCount += hidden.count
      let total = table["total"] as? [String: Any]
      if table["kind"] as? String == "partition", total?["hidden"] as? Bool == false {
        #expect(hidden.count != 1, "\(table["id"] ?? "")")
      }
      if let count = total?["count"] as? Int { shown.append(count) }
    }
    let groups = (object["groups"] as? [String: Any])?["groups"] as? [[String: Any]] ?? []
    #expect(!groups.isEmpty)
    shown += groups.compactMap { ($0["size"] as? [String: Any])?["count"] as? Int }
    #expect(hiddenCount > 0)
    #expect(shown.allSatisfy(isAllowed), "\(shown.filter { !isAllowed($0) })")

    let csv = try demo.summary("csv")
    let csvCounts = csv.split(separator: "\r\n").dropFirst().compactMap { line in
      line.split(separator: ",", omittingEmptySubsequences: false).dropLast().last.flatMap {
        Int($0)
      }
    }
    #expect(csvCounts.count > 50)
    #expect(csvCounts.allSatisfy(isAllowed))
    #expect(csv.contains(",hidden\r\n"))

    let text = try demo.summary("text")
    let textCounts =
      numbers(in: text, matching: /\n  +\S[^\n]*?  +(\d+)(?: |\n)/)
      + numbers(in: text, matching: /: (\d+)\n/)
    #expect(textCounts.count > 50)
    #expect(textCounts.allSatisfy(isAllowed), "\(textCounts.filter { !isAllowed($0) })")
    #expect(text.contains("skjuler et antall fra 1 til 6"))

    let markdown = try demo.summary("markdown")
    let markdownCounts = numbers(in: markdown, matching: /\| (\d+) \|/)
    #expect(markdownCounts.count > 50)
    #expect(markdownCounts.allSatisfy(isAllowed))

    let html = try demo.summary("html")
    let htmlCounts =
      numbers(in: html, matching: /<td class="count">(\d+)<\/td>/)
      + numbers(in: html, matching: /<text[^>]*>(\d+)<\/text>/)
      + numbers(in: html, matching: /<dd>(\d+)<\/dd>/)
    #expect(htmlCounts.count > 50)
    #expect(htmlCounts.allSatisfy(isAllowed), "\(htmlCounts.filter { !isAllowed($0) })")
    #expect(!html.contains("<script"))
    #expect(html.contains("lang=\"nb\""))
  }

  @Test func aThresholdBelowThreeIsRefused() throws {
    let demo = try Demo()
    let run = try demo.database.run([
      "summary", "--cohort", "Demo e2e", "--audience", "shared", "--min-cell", "2",
    ])
    #expect(run.status == 64)
    #expect(!run.output.contains("Demo e2e"))
  }
}
