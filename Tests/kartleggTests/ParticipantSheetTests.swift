import Foundation
import Testing

/// `participants sheet ID`: the participant's result in their language as a printable A4 page.
@Suite struct ParticipantSheetTests {
  /// Imports the example answers with the participant's language set to `language`.
  private func importAnswers(_ database: TemporaryDatabase, language: String) throws -> String {
    let example = CommandRun.repository.appendingPathComponent(
      "docs/examples/answers-tigrinya.json")
    let text = try String(contentsOf: example, encoding: .utf8)
      .replacingOccurrences(of: "\"language\": \"ti\"", with: "\"language\": \"\(language)\"")
      .replacingOccurrences(
        of: "\"interpreter.language\": \"ti\"", with: "\"interpreter.language\": \"\(language)\"")
    let file = database.directory.appendingPathComponent("answers-\(language).json")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let run = try database.run(
      [
        "intake", "--answers", file.path, "--name", "<b>Navn</b>", "--cohort", "Vår 2027",
        "--accept",
      ])
    #expect(run.status == 0, "\(run.errors)")
    return run.output.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test func anArabicSheetIsRightToLeftA4WithTheNorwegianBeneath() throws {
    let database = try TemporaryDatabase()
    let id = try importAnswers(database, language: "ar")
    let output = database.directory.appendingPathComponent("sheet.html")
    let run = try database.run(["participants", "sheet", id, "--output", output.path])
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.isEmpty)
    let html = try String(contentsOf: output, encoding: .utf8)
    #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
    #expect(html.contains("@page { size: A4;"))
    #expect(html.contains("<section lang=\"ar\" dir=\"rtl\">\n<h1>نتيجتك</h1>"))
    #expect(html.contains("<li>المهارات الرقمية: <bdi>مبتدئ</bdi></li>"))
    #expect(html.contains("<li>مترجم فوري: نعم، باللغة <bdi>العربية</bdi></li>"))
    #expect(html.contains("<section lang=\"nb\" dir=\"ltr\" class=\"adviser\">"))
    #expect(html.contains("<li>Tolk: ja, på <bdi>arabisk</bdi></li>"))
    #expect(html.contains("<bdi>\(id)</bdi>"))
    // Nothing personal: the sheet names the pseudonymous id, not the name.
    #expect(!html.contains("Navn"))
    let attributes = try FileManager.default.attributesOfItem(atPath: output.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let audit = try database.export(id)["audit"] as? [[String: Any]] ?? []
    #expect(audit.contains { $0["action"] as? String == "participant.sheet" })
  }

  @Test func aLeftToRightSheetGoesToStandardOutput() throws {
    let database = try TemporaryDatabase()
    let id = try importAnswers(database, language: "pl")
    let run = try database.run(["participants", "sheet", id])
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("<html lang=\"pl\" dir=\"ltr\">"))
    #expect(run.output.contains("<h1>Twój wynik</h1>"))
    #expect(run.output.contains("<li>Tłumacz: tak, język: <bdi>polski</bdi></li>"))
  }

  @Test func anUnknownParticipantIsRefusedInNorwegian() throws {
    let database = try TemporaryDatabase()
    let run = try database.run(["participants", "sheet", "ZZZZ-ZZZZ"])
    #expect(run.status == 65)
    #expect(run.errors == "error: ingen deltaker «ZZZZ-ZZZZ»\n")
  }

  @Test func theIntakeEndsWithTheParticipantsOwnResult() throws {
    let database = try TemporaryDatabase()
    let run = try database.run(["intake"], input: IntakeScript.piped(IntakeScript.all))
    #expect(run.status == 0, "\(run.errors)")
    let lines = run.output.split(separator: "\n").map(String.init)
    let start = try #require(lines.firstIndex(of: "── Ditt resultat ──"))
    #expect(lines[start + 1].hasSuffix("[ti] ውጽኢትካ"))
    #expect(lines[start + 2] == "  Digitale ferdigheter: Nybegynner")
    #expect(lines[start + 3] == "  [ti] ዲጂታላዊ ክእለታት: ጀማሪ")
    #expect(lines.contains("  Tolk: ja, på tigrinja"))
  }
}
