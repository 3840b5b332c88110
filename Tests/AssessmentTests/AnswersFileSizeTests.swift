import Foundation
import KartleggCore
import Testing

/// Answers files up to the 1 MiB cap, built to make a naive reader quadratic: each is read or
/// refused quickly, with the right first problem at the right line and column.
///
/// The bound here is loose (debug builds, tests running in parallel on a shared machine; the
/// quadratic reader took minutes); `Benchmarks/parsing/run.sh`
/// measures the release build against the 2-second budget.
@Suite struct AnswersFileSizeTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var make: @Sendable () -> String
    /// The first diagnostic, or `nil` when the file must be accepted.
    var first: String?
    var testDescription: String { name }
  }

  static let head = #"{"survey": "digital-intake", "version": "1.0", "answers": {"#

  /// Pads to just under the cap.
  static func filling(_ unit: String, prefix: String, suffix: String) -> String {
    let room = AnswersFileReader.sizeLimit - prefix.utf8.count - suffix.utf8.count
    return prefix + String(repeating: unit, count: room / unit.utf8.count) + suffix
  }

  static let cases: [Case] = [
    Case(
      name: "one line of unknown keys",
      make: { filling(#""k": 1, "#, prefix: head, suffix: #""z": 1}}"#) },
      first: "answers.json:1:60: error: unknown question 'k'"),
    Case(
      name: "unknown keys one per line, near the questions' length",
      make: { filling("\"background.xx\": 1,\n", prefix: head + "\n", suffix: #""z": 1}}"#) },
      first:
        "answers.json:2:1: error: unknown question 'background.xx' (did you mean 'background.goal'?)"
    ),
    Case(
      name: "one huge string",
      make: {
        filling("ሀ", prefix: head + #""background.industry_other": ""#, suffix: #""}}"#)
      },
      first: "answers.json:1:89: error: the answer to 'background.industry_other' is longer"),
    Case(
      name: "one huge key",
      make: { filling("q", prefix: head + "\"", suffix: #"": 1}}"#) },
      first: "answers.json:1:60: error: unknown question 'qqqqqqqqqq…'"),
    Case(
      name: "40,000 and more duplicate array items",
      make: {
        filling(
          #""it", "#, prefix: head + #""background.work_industry": ["#, suffix: #""it"]}}"#)
      },
      first: "answers.json:1:88: error: 'it' is chosen twice in 'background.work_industry'"),
    Case(
      name: "distinct array items",
      make: {
        var items: [String] = []
        var size = 0
        var index = 0
        while size < AnswersFileReader.sizeLimit - 200 {
          let item = "\"o\(index)\""
          items.append(item)
          size += item.utf8.count + 2
          index += 1
        }
        return head + #""background.work_industry": ["# + items.joined(separator: ", ") + "]}}"
      },
      first: "answers.json:1:88: error: 'o0' is not an option of question"),
    Case(
      name: "deep nesting",
      make: { filling("[", prefix: head + #""background.work_industry": "#, suffix: "") },
      first: "answers.json:1:150: error: invalid JSON: expected at most 64 levels of nesting"),
    Case(
      name: "one line, then a syntax error at its end",
      make: { filling(" ", prefix: head, suffix: "x") },
      first: "answers.json:1:1048576: error: invalid JSON: expected a key in double quotes"),
  ]

  @Test(arguments: cases)
  func readsOrRefusesQuickly(_ item: Case) throws {
    let survey = try Repository.standardSurvey()
    let bytes = Array(item.make().utf8)
    #expect(bytes.count <= AnswersFileReader.sizeLimit)
    #expect(bytes.count > AnswersFileReader.sizeLimit - 1024)
    let clock = ContinuousClock()
    var diagnostics: [String] = []
    let elapsed = clock.measure {
      do {
        _ = try AnswersFileReader(survey: survey).read(bytes, file: "answers.json")
      } catch let failure as AnswersFileFailure {
        diagnostics = failure.problems.map(\.diagnostic)
      } catch {
        diagnostics = ["\(error)"]
      }
    }
    #expect(elapsed < .seconds(30), "\(elapsed)")
    let first = try #require(diagnostics.first)
    if let expected = item.first {
      #expect(first.hasPrefix(expected), "\(first.prefix(200))")
      #expect(first.count < 300)
    }
    #expect(diagnostics.count <= AnswersFileReader.problemLimit + 1)
  }

  @Test func manyUnknownTopLevelFieldsAreCutAtTheLimitToo() throws {
    let survey = try Repository.standardSurvey()
    let fields = (0..<5000).map { "\"extra\($0)\": 1" }.joined(separator: ",\n")
    let bytes = Array(("{\n" + fields + "}").utf8)
    let failure = try #require(throws: AnswersFileFailure.self) {
      try AnswersFileReader(survey: survey).read(bytes, file: "answers.json")
    }
    #expect(failure.problems.count == AnswersFileReader.problemLimit + 1)
    #expect(failure.problems.first?.location?.line == 1)
    #expect(
      failure.problems.last?.diagnostic
        == "answers.json:100:1: error: too many problems; stopped reading after the first 100")
  }

  @Test func manyProblemsStopAtTheLimitWithANote() throws {
    let survey = try Repository.standardSurvey()
    let keys = (0..<500).map { "\"unknown.\($0)\": 1" }.joined(separator: ",\n")
    let bytes = Array((Self.head + "\n" + keys + "}}").utf8)
    let failure = try #require(throws: AnswersFileFailure.self) {
      try AnswersFileReader(survey: survey).read(bytes, file: "answers.json")
    }
    #expect(failure.problems.count == AnswersFileReader.problemLimit + 1)
    #expect(
      failure.problems.last?.diagnostic
        == "answers.json:102:1: error: too many problems; stopped reading after the first 100")
  }
}
