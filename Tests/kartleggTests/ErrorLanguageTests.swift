import Foundation
import Testing

/// Errors about broken input files read `FILE:LINE:COL: error:` and then the adviser's
/// language: nb by default, nn and en when chosen.
@Suite struct ErrorLanguageTests {
  /// The message expected for each broken file in one interface language.
  struct Case: Sendable, CustomStringConvertible {
    var language: String
    var answers: String
    var survey: String
    var translation: String
    var roster: String
    var description: String { language }
  }

  static let cases = [
    Case(
      language: "nb",
      answers: "ugyldig JSON: her skal det stå en verdi, men det står 'y'",
      survey: "'<' i en attributtverdi; skriv &lt; for < inne i en attributt",
      translation:
        "ukjent tilstand 'done' i enheten 'survey.title'; gyldige tilstander er 'initial', "
        + "'translated', 'reviewed' og 'final'",
      roster: "nivået '7' er ikke 1, 2 eller 3"),
    Case(
      language: "nn",
      answers: "ugyldig JSON: her skal det stå ein verdi, men det står 'y'",
      survey: "'<' i ein attributtverdi; skriv &lt; for < inne i ein attributt",
      translation:
        "ukjend tilstand 'done' i eininga 'survey.title'; gyldige tilstandar er 'initial', "
        + "'translated', 'reviewed' og 'final'",
      roster: "nivået '7' er ikkje 1, 2 eller 3"),
    Case(
      language: "en",
      answers: "invalid JSON: expected a value but found 'y'",
      survey: "'<' inside an attribute value; write &lt; for < inside an attribute",
      translation:
        "unknown state 'done' in unit 'survey.title'; expected initial, translated, reviewed "
        + "or final",
      roster: "level '7' is not 1, 2 or 3"),
  ]

  private func options(_ language: String) -> [String] {
    language == "nb" ? [] : ["--ui-language", language]
  }

  @Test(arguments: cases)
  func brokenAnswersFile(_ expected: Case) throws {
    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("answers.json")
    try "{\"survey\": \"digital-intake\",\n \"answers\": {\"consent.informed\": yes}}\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let run = try CommandRun.kartlegg(
      ["assess", "--answers", file.path] + options(expected.language))
    #expect(run.status == 65)
    #expect(run.errors == "\(file.path):2:34: error: \(expected.answers)\n")
  }

  @Test(arguments: cases)
  func brokenSurvey(_ expected: Case) throws {
    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("survey.xml")
    try """
    <?xml version="1.0" encoding="UTF-8"?>
    <survey xmlns="urn:kartlegg:survey:1"
            id="a" title="under <18">
    </survey>
    """.write(to: file, atomically: true, encoding: .utf8)
    let run = try CommandRun.kartlegg(["survey", "check", file.path] + options(expected.language))
    #expect(run.status == 65)
    #expect(run.errors == "\(file.path):3:29: error: \(expected.survey)\n")
  }

  @Test(arguments: cases)
  func brokenTranslationFile(_ expected: Case) throws {
    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for folder in ["surveys", "locales"] {
      try FileManager.default.copyItem(
        at: CommandRun.repository.appendingPathComponent(folder),
        to: directory.appendingPathComponent(folder))
    }
    let file = directory.appendingPathComponent("locales/digital-intake/pl.xlf")
    let text = try String(contentsOf: file, encoding: .utf8)
    let first = try #require(text.range(of: "<segment state=\"translated\">"))
    try text.replacingCharacters(in: first, with: "<segment state=\"done\">")
      .write(to: file, atomically: true, encoding: .utf8)
    let line = text[..<first.lowerBound].filter { $0 == "\n" }.count + 1
    let run = try CommandRun.kartlegg(
      ["locales", "check", "--resources", directory.path] + options(expected.language))
    #expect(run.status == 65)
    #expect(run.errors == "\(file.path):\(line):7: error: \(expected.translation)\n")
  }

  @Test(arguments: cases)
  func brokenRoster(_ expected: Case) throws {
    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("roster.csv")
    try "id,level,goal,industry\np1,7,work,care\n".write(
      to: file, atomically: true, encoding: .utf8)
    let run = try CommandRun.kartlegg(
      ["groups", "suggest", "--roster", file.path] + options(expected.language))
    #expect(run.status == 65)
    #expect(run.errors == "\(file.path):2:1: error: \(expected.roster)\n")
  }
}
