import Foundation
import KartleggApp
import KartleggCore
import KartleggReport
import Testing

/// One golden file per stable JSON format, and the rule every format follows: keys in
/// snake_case. Ids, times and hashes, which change from run to run, are replaced by
/// placeholders before comparing. `KARTLEGG_UPDATE_GOLDEN=1 swift test` writes the files anew.
struct StableFormatTests {
  private static let golden = AppFixture.root.appendingPathComponent(
    "Tests/KartleggAppTests/Golden")

  private static func documents() throws -> [(name: String, json: String)] {
    let fixture = try AppFixture(language: "en")
    let ids = try fixture.importExample(count: 12, cohort: "Golden")
    let assessed = try AssessAnswers(context: fixture.context).run(AppFixture.example, survey: nil)
    let export = try ShowParticipant(context: fixture.context, store: fixture.store).export(
      ids[0].rawValue)
    let groups = try SuggestGroups(context: fixture.context, store: fixture.store).run(
      cohort: "Golden", policy: nil)
    let summarize = SummarizeCohort(context: fixture.context, store: fixture.store)
    let shared = try summarize.run(cohort: "Golden", audience: .shared, minimumCell: 5)
    let internalSummary = try summarize.run(cohort: "Golden")
    return [
      (
        "assessment",
        try AssessmentJSON(survey: assessed.survey, assessment: assessed.assessment).encoded()
      ),
      ("participant-export", try ParticipantExportJSON(export).encoded()),
      (
        "cohort-groups",
        try CohortGroupsJSON(
          groups.plan, cohort: groups.cohort, state: groups.state, surveyHash: groups.surveyHash,
          notAssessed: groups.notPlaced
        ).encoded()
      ),
      ("summary", JSONReport.render(shared.summary)),
      ("summary-internal", JSONReport.render(internalSummary.summary)),
    ]
  }

  /// The document with ids, times and hashes replaced, in order of appearance.
  static func normalised(_ json: String) -> String {
    var text = json
    for (pattern, name) in [
      (#"[0-9A-Z]{4}-[0-9A-Z]{4}"#, "ID"), (#"\d{4}-\d\d-\d\dT[0-9:.]+(Z|[+-]\d\d:\d\d)"#, "TIME"),
      (#"[0-9a-f]{64}"#, "HASH"),
    ] {
      let expression = try? NSRegularExpression(pattern: pattern)
      var seen: [String: Int] = [:]
      let matches =
        expression?.matches(in: text, range: NSRange(text.startIndex..., in: text)) ?? []
      for match in matches {
        guard let range = Range(match.range, in: text) else { continue }
        let found = String(text[range])
        if seen[found] == nil { seen[found] = seen.count + 1 }
      }
      for (found, number) in seen.sorted(by: { $0.key.count > $1.key.count }) {
        // Times depend on the machine's speed; only ids and hashes keep their order number.
        text = text.replacingOccurrences(
          of: found, with: name == "TIME" ? name : "\(name)-\(number)")
      }
    }
    return text
  }

  private static func keys(of value: Any) -> [String] {
    if let object = value as? [String: Any] {
      return object.flatMap { key, value in [key] + keys(of: value) }
    }
    if let array = value as? [Any] { return array.flatMap(keys) }
    return []
  }

  @Test func everyFormatMatchesItsGoldenFile() throws {
    let update = ProcessInfo.processInfo.environment["KARTLEGG_UPDATE_GOLDEN"] == "1"
    for (name, json) in try Self.documents() {
      let url = Self.golden.appendingPathComponent("\(name).json")
      let actual = Self.normalised(json)
      if update {
        try Data(actual.utf8).write(to: url)
        continue
      }
      let expected = try String(contentsOf: url, encoding: .utf8)
      #expect(actual == expected, "\(name) differs from Golden/\(name).json")
    }
  }

  @Test func everyKeyIsSnakeCase() throws {
    let snakeCase = try NSRegularExpression(pattern: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
    // Data keys: a dimension's id in `weights`, an answer's question id, a part in force.
    let dataKeyParents = ["weights", "answers", "assessed", "in_force"]
    for (name, json) in try Self.documents() {
      let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
      for key in Self.keys(of: Self.strippingDataKeys(object, parents: dataKeyParents)) {
        let range = NSRange(key.startIndex..., in: key)
        #expect(snakeCase.firstMatch(in: key, range: range) != nil, "\(name): key '\(key)'")
      }
    }
  }

  private static func strippingDataKeys(_ value: Any, parents: [String]) -> Any {
    if let object = value as? [String: Any] {
      var result: [String: Any] = [:]
      for (key, child) in object {
        result[key] =
          parents.contains(key) ? [String: Any]() : strippingDataKeys(child, parents: parents)
      }
      return result
    }
    if let array = value as? [Any] { return array.map { strippingDataKeys($0, parents: parents) } }
    return value
  }
}
