import Foundation
import Testing

@Suite struct SurveyCheckCommandTests {
  @Test func acceptsEveryShippedSurvey() throws {
    let run = try CommandRun.kartlegg([
      "survey", "check", "surveys/digital-intake.xml", "docs/examples/small-survey.xml",
    ])
    #expect(run.status == 0)
    #expect(run.output == "2 surveys: ok\n")
    #expect(run.errors.isEmpty)
  }

  @Test func reportsEveryProblemWithFileLineAndExit65() throws {
    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let example = try String(
      contentsOf: CommandRun.repository.appendingPathComponent("docs/examples/small-survey.xml"),
      encoding: .utf8)
    let broken =
      example
      .replacingOccurrences(
        of: #"relevant="device.smartphone != 'none'""#,
        with: #"relevant="devices.smartphone != 'none'""#
      )
      .replacingOccurrences(
        of: #"<band level="some" min="40" max="74"/>"#,
        with: #"<band level="some" min="45" max="74"/>"#)
    let file = directory.appendingPathComponent("broken.xml")
    try broken.write(to: file, atomically: true, encoding: .utf8)

    let run = try CommandRun.kartlegg(["survey", "check", file.path, "--ui-language", "en"])

    #expect(run.status == 65)
    let lines = run.errors.split(separator: "\n").map(String.init)
    #expect(
      lines.contains(
        "\(file.path):18:7: error: level bands leave 40–44 without a level"))
    #expect(
      lines.contains(
        "\(file.path):38:5: error: in 'relevant': unknown question 'devices.smartphone' (did you mean 'device.smartphone'?)"
      ))
  }

  @Test func missingFileExits66AndStillChecksTheOthers() throws {
    let run = try CommandRun.kartlegg([
      "survey", "check", "no-such-survey.xml", "docs/examples/small-survey.xml",
    ])
    #expect(run.status == 66)
    #expect(run.errors == "no-such-survey.xml: error: filen finnes ikke\n")
  }

  @Test func usageErrorExits64() throws {
    let run = try CommandRun.kartlegg(["survey", "check"])
    #expect(run.status == 64)
    #expect(run.errors.contains("Missing expected argument '<fil> ...'"))
  }

  @Test func findsResourcesFromAnyDirectoryThroughTheEnvironment() throws {
    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let survey = CommandRun.repository.appendingPathComponent("surveys/digital-intake.xml").path
    let run = try CommandRun.kartlegg(
      ["survey", "check", survey],
      environment: ["KARTLEGG_RESOURCES": CommandRun.repository.path], directory: directory)
    #expect(run.status == 0)
  }

  @Test func rejectsAResourceDirectoryWithoutTheSchema() throws {
    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try CommandRun.kartlegg(
      ["survey", "check", "surveys/digital-intake.xml", "--resources", directory.path])
    #expect(run.status == 64)
    #expect(run.errors.contains("does not hold surveys/schema/survey-1.xsd"))
  }

  @Test func brokenSchemaExits70NamingTheSchemaNotTheSurvey() throws {
    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let schemaFolder = directory.appendingPathComponent("surveys/schema")
    try FileManager.default.createDirectory(at: schemaFolder, withIntermediateDirectories: true)
    let schema = schemaFolder.appendingPathComponent("survey-1.xsd")
    try Data("<?xml version=\"1.0\"?>\n<xs:schema>\n".utf8).write(to: schema)
    let locales = CommandRun.repository.appendingPathComponent("locales")
    try FileManager.default.copyItem(at: locales, to: directory.appendingPathComponent("locales"))
    let survey = CommandRun.repository.appendingPathComponent("surveys/digital-intake.xml").path

    for file in [survey, CommandRun.repository.appendingPathComponent("README.md").path] {
      let run = try CommandRun.kartlegg(
        ["survey", "check", file, "--resources", directory.path, "--ui-language", "en"])
      #expect(run.status == 70)
      #expect(run.output.isEmpty)
      let lines = run.errors.split(separator: "\n").map(String.init)
      #expect(lines.count == 1)
      #expect(lines.first?.hasPrefix("\(schema.path):2:") == true)
    }
  }

  @Test func neverEchoesControlCharactersFromTheFile() throws {
    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("escape.xml")
    try Data("<?xml version=\"1.0\"?>\n<survey\u{1B}[31m/>\n".utf8).write(to: file)
    let run = try CommandRun.kartlegg(["survey", "check", file.path])
    #expect(run.status == 65)
    #expect(!run.errors.contains("\u{1B}"))
  }
}
