import Foundation
import KartleggCore
import Testing

@testable import KartleggXML

@Suite struct SurveyLoaderTests {
  @Test func loadsTheStandardSurvey() throws {
    let survey = try Fixture.loader.load(
      Fixture.repositoryBytes("surveys/digital-intake.xml"), file: "digital-intake.xml")
    #expect(survey.id == "digital-intake")
    #expect(survey.sourceLanguage == "nb")
    #expect((35...55).contains(survey.questions.count))
    #expect(survey.levels.map(\.id) == ["beginner", "some", "experienced"])
    for code in ["nb", "nn", "en", "uk", "ar", "ti", "so", "prs", "ps", "kmr", "pl", "ur"] {
      #expect(survey.language(LanguageCode(code)) != nil, "registry lacks \(code)")
    }
    for code in ["ar", "prs", "ps", "ur"] {
      #expect(survey.language(LanguageCode(code))?.direction == .rightToLeft)
    }
    #expect(survey.language("ti")?.script == "Ethi")
    #expect(survey.language("ti")?.direction == .leftToRight)
  }

  @Test func loadsTheExampleWithEveryPart() throws {
    let survey = try Fixture.loader.load(
      Array(Fixture.example().utf8), file: "small-survey.xml")
    let smartphone = try #require(survey.question("device.smartphone"))
    #expect(smartphone.isRequired)
    #expect(smartphone.options.map(\.value) == ["own", "shared", "none"])
    #expect(smartphone.location.line == 32)
    let apps = try #require(survey.question("apps.used"))
    #expect(apps.relevance?.description == "device.smartphone != 'none'")
    #expect(apps.options.last?.isExclusive == true)
    let message = try #require(survey.question("skill.message"))
    #expect(message.options[3].points.map(\.points) == [3])
    let years = try #require(survey.question("work.years"))
    #expect(years.kind == .number(NumberRange(minimum: 0, maximum: 60, isInteger: true)))
    #expect(years.constraints.first?.test.description == ". <= 45")
    #expect(survey.channels.rules.map(\.channel) == ["whatsapp", "phone"])
    #expect(survey.interpreter.languageQuestion == "language.interpreter")
    #expect(survey.groupingPolicies.first?.keys.first?.attribute == .overallLevel)
  }

  @Test func keepsRightToLeftAndEthiopicTextByteExact() throws {
    let survey = try Fixture.loader.load(Array(Fixture.example().utf8), file: "small-survey.xml")
    #expect(Array(try #require(survey.language("ar")).nativeName.utf8) == Array("العربية".utf8))
    #expect(Array(try #require(survey.language("ti")).nativeName.utf8) == Array("ትግርኛ".utf8))
  }

  @Test func normalisesTextToNFCAndCollapsesWhitespace() throws {
    let decomposed = "Kan du sende en melding?".replacingOccurrences(of: "Kan", with: "Ka\u{0308}n")
    let text = try Fixture.example().replacingOccurrences(
      of: "<text>Kan du sende en melding?</text>",
      with: "<text>\n        \(decomposed)\n      </text>")
    let survey = try Fixture.loader.load(Array(text.utf8), file: "nfc.xml")
    let question = try #require(survey.question("skill.message"))
    #expect(Array(question.text.unicodeScalars) == Array("Kän du sende en melding?".unicodeScalars))
  }

  @Test func reportsEveryXIncludeElementInEitherNamespaceWithItsLine() throws {
    let example = try Fixture.example()
    let lines = example.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let deviceTitle = try #require(lines.firstIndex(of: "    <title>Utstyr</title>"))
    let skillsTitle = try #require(lines.firstIndex(of: "    <title>Ferdigheter</title>"))
    var changed = lines
    changed[skillsTitle] +=
      #"<i:include xmlns:i="http://www.w3.org/2003/XInclude" href="a.xml"/>"#
    changed[deviceTitle] +=
      #"<x:fallback xmlns:x="http://www.w3.org/2001/XInclude"><x:include href="b.xml"/></x:fallback>"#
    let problems = Fixture.loader.problems(
      in: Array(changed.joined(separator: "\n").utf8), file: "x.xml")
    #expect(problems.map(\.reason) == [.xinclude, .xinclude, .xinclude])
    #expect(problems.map(\.location.line) == [deviceTitle + 1, deviceTitle + 1, skillsTitle + 1])
  }

  @Test func reportsAllProblemsInFileOrderNotOnlyTheFirst() throws {
    let text = try Fixture.example()
      .replacingOccurrences(of: "skill.message = 'cannot'", with: "skill.message = 'cannnot'")
      .replacingOccurrences(of: #"channel="phone""#, with: #"channel="phon""#)
    let problems = Fixture.loader.problems(in: Array(text.utf8), file: "two.xml")
    #expect(
      problems.map(\.diagnostic) == [
        "two.xml:20:7: error: in 'when': 'cannnot' is not an option of question 'skill.message' (did you mean 'cannot'?)",
        "two.xml:84:5: error: unknown channel 'phon' (did you mean 'phone'?)",
      ])
  }

  @Test func schemaViolationsCarryTheirLine() throws {
    let text = try Fixture.example().replacingOccurrences(
      of: #"<question id="work.years" type="number""#,
      with: #"<question id="work.years" kind="number""#)
    let problems = Fixture.loader.problems(in: Array(text.utf8), file: "schema.xml")
    let first = try #require(problems.first)
    #expect(first.location.line == 63)
    #expect(first.description.contains("'kind'"))
  }
}
