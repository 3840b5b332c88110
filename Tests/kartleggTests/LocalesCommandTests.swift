import Foundation
import Testing

@Suite struct LocalesCommandTests {
  @Test func reportsEveryRequiredLanguageOfTheStandardSurvey() throws {
    let run = try CommandRun.kartlegg(["locales", "check", "--ui-language", "en"])
    let rows = run.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    for code in ["nn", "en", "uk", "ar", "ti", "so", "prs", "ps", "kmr", "pl", "ur"] {
      #expect(rows.contains { $0.hasPrefix(code + " ") }, "no row for \(code)")
    }
    #expect(run.output.contains("Adviser interface"))
  }

  @Test func draftLanguagesAreMarkedAsNeedingReview() throws {
    let run = try CommandRun.kartlegg(["locales", "check", "--ui-language", "en"])
    let ukrainian = try #require(
      run.output.split(separator: "\n").first {
        $0.trimmingCharacters(in: .whitespaces).hasPrefix("uk ")
      })
    #expect(ukrainian.contains("not reviewed by a qualified translator"))
  }

  @Test func incompleteRequiredLanguageExits65() throws {
    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let fileManager = FileManager.default
    for folder in ["surveys", "locales"] {
      try fileManager.copyItem(
        at: CommandRun.repository.appendingPathComponent(folder),
        to: directory.appendingPathComponent(folder))
    }
    try fileManager.removeItem(
      at: directory.appendingPathComponent("locales/digital-intake/nn.xlf"))

    let survey = directory.appendingPathComponent("surveys/digital-intake.xml").path
    let run = try CommandRun.kartlegg([
      "locales", "check", "--survey", survey, "--resources", directory.path, "--ui-language", "en",
    ])

    #expect(run.status == 65)
    let nynorsk = try #require(
      run.output.split(separator: "\n").first {
        $0.trimmingCharacters(in: .whitespaces).hasPrefix("nn ")
      })
    #expect(nynorsk.contains("INCOMPLETE"))
  }

  @Test func brokenTranslationFileIsNamedWithItsLine() throws {
    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for folder in ["surveys", "locales"] {
      try FileManager.default.copyItem(
        at: CommandRun.repository.appendingPathComponent(folder),
        to: directory.appendingPathComponent(folder))
    }
    let file = directory.appendingPathComponent("locales/digital-intake/pl.xlf")
    let text = try String(contentsOf: file, encoding: .utf8)
    try text.replacingOccurrences(of: "</file>", with: "</fil>").write(
      to: file, atomically: true, encoding: .utf8)

    let run = try CommandRun.kartlegg(["locales", "check", "--resources", directory.path])

    #expect(run.status == 65)
    #expect(run.errors.contains("locales/digital-intake/pl.xlf:"))
    #expect(
      run.errors.contains(
        "error: slutttaggen '</fil>' lukker ikke det åpne elementet '<file>'; lukk '<file>' først"))
  }
}
