import KartleggCore
import KartleggXML
import Testing

@Suite struct HelpAudienceTests {
  private func survey(help: String) throws -> String {
    try Fixture.example().replacingOccurrences(
      of: "      <text>Har du en smarttelefon?</text>\n",
      with: "      <text>Har du en smarttelefon?</text>\n      \(help)\n")
  }

  @Test(arguments: [
    (#"<help audience="adviser">Spør om abonnement.</help>"#, TextAudience.adviser),
    (#"<help audience="everyone">Telefon med apper.</help>"#, .everyone),
    ("<help>Telefon med apper.</help>", .everyone),
  ])
  func readsWhoTheHelpIsFor(help: String, audience: TextAudience) throws {
    let text = try survey(help: help)
    let loaded = try Fixture.loader.load(Array(text.utf8), file: "help.xml")
    let question = try #require(loaded.question("device.smartphone"))
    #expect(question.help != nil)
    #expect(question.helpAudience == audience)
  }

  @Test func rejectsAnUnknownAudienceWithItsLine() throws {
    let text = try survey(help: #"<help audience="participant">Hei.</help>"#)
    let problems = Fixture.loader.problems(in: Array(text.utf8), file: "help.xml")
    let first = try #require(problems.first)
    #expect(first.location.line == 34)
    #expect(first.description.contains("audience"))
  }

  @Test func theStandardSurveyKeepsAdviserDirectedHelpFromTheParticipant() throws {
    let survey = try Fixture.loader.load(
      Fixture.repositoryBytes("surveys/digital-intake.xml"), file: "digital-intake.xml")
    let adviser = survey.sections.flatMap(\.questions).filter { $0.helpAudience == .adviser }
    #expect(adviser.count == 16)
    #expect(adviser.contains { $0.id == "interpreter.preferences" })
    #expect(adviser.allSatisfy { $0.help != nil })
  }
}
