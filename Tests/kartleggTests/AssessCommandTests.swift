import Foundation
import Testing

@Suite struct AssessCommandTests {
  private let example = "docs/examples/answers-tigrinya.json"

  @Test func printsLevelsRecommendationsAndReasons() throws {
    let run = try CommandRun.kartlegg(["assess", "--answers", example, "--ui-language", "nb"])
    #expect(run.status == 0)
    #expect(run.output.contains("Besvart 35 av 36 spørsmål som gjelder (97 %)"))
    #expect(run.output.contains("Kanal: Telefonsamtale"))
    #expect(run.output.contains("Reserve: SMS"))
    #expect(run.output.contains("Tolk: trengs, tigrinja (Eritreisk), oppmøte"))
    #expect(run.output.contains("Ja, hvis noen hjelper meg  +1/3"))
    #expect(!run.output.contains("skill.message"))
  }

  @Test func jsonFollowsTheDocumentedSchema() throws {
    let run = try CommandRun.kartlegg(["assess", "--answers", example, "--json"])
    #expect(run.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "kartlegg.assessment/2")
    let overall = try #require(object["overall"] as? [String: Any])
    let decision = try #require(overall["decision"] as? [String: Any])
    #expect(decision["level"] as? String == "beginner")
    let channel = try #require(object["channel"] as? [String: Any])
    let primary = try #require(channel["primary"] as? [String: Any])
    #expect(primary["channel"] as? String == "phone")
    let interpreter = try #require(object["interpreter"] as? [String: Any])
    #expect(interpreter["need"] as? String == "needed")
    #expect(interpreter["language"] as? String == "ti")
    #expect((object["flags"] as? [String])?.contains("no-smartphone") == true)
  }

  @Test func brokenAnswersFileListsEveryProblemWithLineAndColumn() throws {
    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("broken.json")
    try """
    {
      "survey": "digital-intake",
      "answers": {
        "consent.informed": "yes",
        "device.smartphon": "own",
        "device.pc": "nokia",
        "background.work_years": 3.5
      }
    }
    """.write(to: file, atomically: true, encoding: .utf8)

    let run = try CommandRun.kartlegg(["assess", "--answers", file.path, "--ui-language", "en"])

    #expect(run.status == 65)
    #expect(
      run.errors.split(separator: "\n").map(String.init) == [
        "\(file.path):5:5: error: unknown question 'device.smartphon' (did you mean 'device.smartphone'?)",
        "\(file.path):6:18: error: 'nokia' is not an option of question 'device.pc'",
        "\(file.path):7:30: error: the answer to 'background.work_years' must be a whole number",
      ])
    #expect(run.output.isEmpty)
  }

  @Test func invalidJSONNamesLineAndColumn() throws {
    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("syntax.json")
    try "{\n  \"survey\": \"digital-intake\",\n  \"answers\": {\"consent.informed\": yes}\n}\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let run = try CommandRun.kartlegg(["assess", "--answers", file.path, "--ui-language", "en"])
    #expect(run.status == 65)
    #expect(
      run.errors == "\(file.path):3:35: error: invalid JSON: expected a value but found 'y'\n")
  }

  @Test func missingAnswersFileExits66() throws {
    let run = try CommandRun.kartlegg(["assess", "--answers", "nowhere.json"])
    #expect(run.status == 66)
    #expect(run.errors == "nowhere.json: error: filen finnes ikke\n")
  }

  @Test(arguments: ["nb", "nn"])
  func norwegianIsNeverAnInterpreterLanguage(code: String) throws {
    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let original = try String(contentsOfFile: example, encoding: .utf8)
    let changed = original.replacingOccurrences(
      of: "\"interpreter.language\": \"ti\"", with: "\"interpreter.language\": \"\(code)\"")
    #expect(changed != original)
    let file = directory.appendingPathComponent("answers.json")
    try changed.write(to: file, atomically: true, encoding: .utf8)
    let run = try CommandRun.kartlegg(["assess", "--answers", file.path, "--ui-language", "en"])
    #expect(run.status == 65)
    #expect(
      run.errors.contains("answers.json:38:29: error: '\(code)' is not an interpreter language"))
  }

  @Test func negativeScoresDoNotCrashTheReport() throws {
    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let example = try String(
      contentsOf: CommandRun.repository.appendingPathComponent("docs/examples/small-survey.xml"),
      encoding: .utf8)
    let survey = directory.appendingPathComponent("negative.xml")
    try example.replacingOccurrences(
      of: #"<option value="cannot"><label>Kan ikke</label></option>"#,
      with:
        #"<option value="cannot"><label>Kan ikke</label><points dimension="communication" value="-3"/></option>"#
    ).write(to: survey, atomically: true, encoding: .utf8)
    let answers = directory.appendingPathComponent("answers.json")
    try
      #"{"survey": "small-example", "answers": {"device.smartphone": "none", "skill.message": "cannot"}}"#
      .write(to: answers, atomically: true, encoding: .utf8)

    let run = try CommandRun.kartlegg([
      "assess", "--answers", answers.path, "--survey", survey.path, "--ui-language", "en",
    ])

    #expect(run.status == 0)
    #expect(run.errors.isEmpty)
    #expect(run.output.contains("-100"))
  }
}
