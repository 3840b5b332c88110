import KartleggCore
import KartleggXML
import Testing

/// `<stop when="…" status="not-informed"/>` after a section's questions.
@Suite struct IntakeStopTests {
  private func survey(stop: String) throws -> String {
    let example = try Fixture.example()
    let end = try #require(example.range(of: "  </section>\n"))
    return example.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: "    \(stop)\n")
  }

  @Test func readsAStopWithItsConditionAndStatus() throws {
    let text = try survey(stop: #"<stop when="device.smartphone = 'none'" status="not-informed"/>"#)
    let loaded = try Fixture.loader.load(Array(text.utf8), file: "stop.xml")
    let stop = try #require(loaded.sections.first?.stops.first)
    #expect(stop.status == .notInformed)
    #expect(stop.condition.source == "device.smartphone = 'none'")
    #expect(stop.location.line == 44)
    let flow = IntakeFlow(survey: loaded)
    #expect(flow.stop(given: ["device.smartphone": .choice("none")]) == stop)
    #expect(flow.applying(given: ["device.smartphone": .choice("none")]).count == 1)
    #expect(flow.stop(given: ["device.smartphone": .choice("own")]) == nil)
  }

  @Test func rejectsAnUnknownStatusWithItsLine() throws {
    let text = try survey(stop: #"<stop when="device.smartphone = 'none'" status="done"/>"#)
    let problems = Fixture.loader.problems(in: Array(text.utf8), file: "stop.xml")
    let first = try #require(problems.first)
    #expect(first.location.line == 44)
    #expect(first.description.contains("status"))
  }

  @Test func rejectsAConditionOnAnUnknownQuestion() throws {
    let text = try survey(stop: #"<stop when="consent.missing = 'no'" status="not-informed"/>"#)
    let problems = Fixture.loader.problems(in: Array(text.utf8), file: "stop.xml")
    let first = try #require(problems.first)
    #expect(first.location.line == 44)
    #expect(first.description.contains("consent.missing"))
  }

  @Test func theStandardSurveyStopsWhenTheParticipantIsNotInformed() throws {
    let survey = try Fixture.loader.load(
      Fixture.repositoryBytes("surveys/digital-intake.xml"), file: "digital-intake.xml")
    let stops = survey.sections.flatMap(\.stops)
    #expect(stops.map(\.condition.source) == ["consent.informed = 'no'"])
    let flow = IntakeFlow(survey: survey)
    #expect(flow.stop(given: ["consent.informed": .choice("no")])?.status == .notInformed)
    #expect(flow.applying(given: ["consent.informed": .choice("no")]).count == 1)
  }
}
