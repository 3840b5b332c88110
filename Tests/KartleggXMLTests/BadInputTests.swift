import Foundation
import KartleggCore
import Testing

@testable import KartleggXML

/// The corpus of broken and hostile survey files in `Fixtures/`, listed in `Fixtures/CASES.tsv`
/// as `file<TAB>line<TAB>message fragment` (a line written `~N` is libxml2's to choose).
@Suite struct BadInputTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var file: String
    var line: Int?
    var fragment: String
    var testDescription: String { file }
  }

  static let cases: [Case] = {
    let url = Fixture.directory.appendingPathComponent("CASES.tsv")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { row in
      let columns = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard columns.count >= 3, !columns[0].hasPrefix("generated:"), !columns[0].hasPrefix("#")
      else { return nil }
      let line = columns[1].hasPrefix("~") ? nil : Int(columns[1])
      return Case(file: columns[0], line: line, fragment: columns[2])
    }
  }()

  @Test func corpusHasAtLeastThirtyCases() {
    #expect(Self.cases.count >= 30)
  }

  @Test(arguments: cases)
  func rejectsWithLineAndMessageQuickly(_ testCase: Case) throws {
    let bytes = try Fixture.bytes(testCase.file)
    let start = ContinuousClock.now
    let problems = Fixture.loader.problems(in: bytes, file: testCase.file)
    let elapsed = ContinuousClock.now - start
    let first = try #require(problems.first, "\(testCase.file) loaded without a problem")
    #expect(first.location.file == testCase.file)
    if let line = testCase.line { #expect(first.location.line == line) }
    #expect(first.description.contains(testCase.fragment), "\(first.diagnostic)")
    #expect(elapsed < .seconds(1))
    for problem in problems {
      #expect(!problem.description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B })
    }
  }

  @Test func deepNestingIsRejectedWithoutCrashing() throws {
    var text = #"<?xml version="1.0"?>"# + "\n<survey xmlns=\"urn:kartlegg:survey:1\">\n"
    text += String(repeating: "<section>", count: 100_000)
    let problems = Fixture.loader.problems(in: Array(text.utf8), file: "deep.xml")
    let first = try #require(problems.first)
    #expect(first.location.line == 3)
    #expect(first.description.contains("malformed XML"))
  }

  @Test func tensOfThousandsOfAttributesAreRefusedBeforeParsing() throws {
    let attributes = (0..<30_000).map { "a\($0)=\"1\"" }.joined(separator: " ")
    let text = "<?xml version=\"1.0\"?>\n<survey xmlns=\"urn:kartlegg:survey:1\" \(attributes)/>"
    let start = ContinuousClock.now
    let problems = Fixture.loader.problems(in: Array(text.utf8), file: "attributes.xml")
    #expect(ContinuousClock.now - start < .milliseconds(500))
    #expect(
      problems.map(\.diagnostic) == [
        "attributes.xml:2:1: error: too many attributes on one element (30001, at most 64)"
      ])
  }

  @Test func oversizedFileIsRefusedByItsSize() throws {
    let bytes = [UInt8](repeating: UInt8(ascii: " "), count: ByteScreen.sizeLimit + 1)
    let problems = Fixture.loader.problems(in: bytes, file: "big.xml")
    #expect(
      problems.map(\.description) == [
        "file is 4194305 bytes, larger than the 4194304-byte limit"
      ])
  }

  @Test func externalEntityNeverReadsTheFile() throws {
    let problems = Fixture.loader.problems(
      in: try Fixture.bytes("external-entity-file.xml"), file: "x.xml")
    #expect(!problems.map(\.description).joined().contains("root:"))
  }
}
