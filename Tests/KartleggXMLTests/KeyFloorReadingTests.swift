import KartleggCore
import KartleggXML
import Testing

/// `<key … min-share="85"/>`: a grouping key's floor, read from the survey and checked by the
/// schema.
@Suite struct KeyFloorReadingTests {
  private func standard(replacing old: String, with new: String) throws -> [UInt8] {
    let text = String(
      decoding: try Fixture.repositoryBytes("surveys/digital-intake.xml"), as: UTF8.self)
    let range = try #require(text.range(of: old))
    return Array(text.replacingCharacters(in: range, with: new).utf8)
  }

  @Test func theStandardWorkPolicyHoldsIndustryAtEightyFivePercent() throws {
    let survey = try Fixture.loader.load(
      Fixture.repositoryBytes("surveys/digital-intake.xml"), file: "digital-intake.xml")
    let work = try #require(survey.groupingPolicies.first { $0.id == "work" })
    #expect(work.keys.map(\.minimumShare) == [85, nil, nil])
  }

  @Test(arguments: ["0", "101", "85%"])
  func rejectsAShareOutsideOneToAHundredWithItsLine(_ share: String) throws {
    let bytes = try standard(replacing: #"min-share="85""#, with: #"min-share="\#(share)""#)
    let problems = Fixture.loader.problems(in: bytes, file: "digital-intake.xml")
    let first = try #require(problems.first)
    let line = String(decoding: bytes, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false
    ).firstIndex { $0.contains("min-share") }
    #expect(first.location.line == line.map { $0 + 1 })
    #expect(first.description.contains("min-share"))
  }
}
