import Foundation
import Testing

/// `groups sheet` and `participants list --flag` on a 60-person demo cohort, run as a user would.
@Suite struct GroupsSheetCommandTests {
  static let cohort = "Demo ark"

  /// G1's members by id and every participant's name, read through the commands.
  func firstGroup(_ database: TemporaryDatabase) throws -> (ids: [String], names: [String: String])
  {
    let shown = try database.run(["groups", "show", "--cohort", Self.cohort, "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any]
    let groups = try #require(object?["groups"] as? [[String: Any]])
    let ids = try #require(groups.first?["members"] as? [String])
    let list = try database.run(["participants", "list", "--cohort", Self.cohort, "--names"])
    var names: [String: String] = [:]
    for row in list.output.split(separator: "\n").dropFirst() {
      let id = String(row.prefix(9))
      names[id] = row.firstMatch(of: /Syntetisk deltaker \d{3}/).map { String($0.output) }
    }
    return (ids, names)
  }

  @Test func writesAnA4PageWithEveryMemberAndNoSurveyID() throws {
    let database = try TemporaryDatabase()
    let demo = try database.run(["demo", "--participants", "60", "--cohort", Self.cohort])
    #expect(demo.status == 0, "\(demo.errors)")
    let (ids, names) = try firstGroup(database)
    let page = database.directory.appendingPathComponent("g1.html")
    let run = try database.run([
      "groups", "sheet", "--cohort", Self.cohort, "--group", "G1", "--format", "html",
      "--output", page.path,
    ])
    #expect(run.status == 0, "\(run.errors)")
    let html = try String(contentsOf: page, encoding: .utf8)
    #expect(html.contains("@page { size: A4 landscape"))
    #expect(html.contains("<html lang=\"nb\" dir=\"ltr\">"))
    #expect(ids.count >= 6)
    for id in ids {
      let name = try #require(names[id])
      #expect(html.contains(name), "\(name)")
    }
    let body = try #require(html.split(separator: "<body>").last)
    for id in [
      "background.", "device.", "skill.", "interpreter.", "no-pc-or-tablet", "whatsapp", "sms",
      "beginner", "experienced", "problem-solving",
    ] {
      #expect(!body.contains(id), "\(id)")
    }
    let mode = try FileManager.default.attributesOfItem(atPath: page.path)[.posixPermissions]
    #expect(mode as? Int == 0o600)
    if let pages = try Self.printedPages(page) { #expect(pages == 1) }
  }

  @Test func printsTextToTheTerminalWidthAndListsWhoNeedsAPC() throws {
    let database = try TemporaryDatabase()
    #expect(
      try database.run(["demo", "--participants", "24", "--cohort", Self.cohort]).status == 0)
    let text = try CommandRun.kartlegg(
      ["groups", "sheet", "--cohort", Self.cohort, "--group", "g1"],
      environment: database.environment.merging(["COLUMNS": "50"]) { $1 })
    #expect(text.status == 0, "\(text.errors)")
    let lines = text.output.split(separator: "\n")
    #expect(lines.first == "Lærerark: gruppe G1, kull «Demo ark»")
    #expect(lines.allSatisfy { $0.count < 50 })
    #expect(text.output.contains("1. Syntetisk deltaker "))
    #expect(text.output.contains("Leser og skriver eget språk: "))

    let flagged = try database.run([
      "participants", "list", "--cohort", Self.cohort, "--flag", "no-pc-or-tablet",
    ])
    #expect(flagged.status == 0)
    let all = try database.run(["participants", "list", "--cohort", Self.cohort])
    let count = flagged.output.split(separator: "\n").count - 1
    #expect(count > 0 && count < all.output.split(separator: "\n").count - 1)
  }

  @Test func refusesAnUnknownGroupOrFlagInTheAdvisersLanguage() throws {
    let database = try TemporaryDatabase()
    #expect(
      try database.run(["demo", "--participants", "24", "--cohort", Self.cohort]).status == 0)
    let group = try database.run(["groups", "sheet", "--cohort", Self.cohort, "--group", "G9"])
    #expect(group.status == 65)
    #expect(group.errors.hasPrefix("error: ingen gruppe «G9» i kullet «Demo ark» (grupper: G1, G2"))
    let flag = try CommandRun.kartlegg(
      ["participants", "list", "--flag", "no-pc"],
      environment: database.environment.merging(["KARTLEGG_UI_LANGUAGE": "en"]) { $1 })
    #expect(flag.status == 64)
    #expect(
      flag.errors.hasPrefix(
        "error: unknown flag 'no-pc' (the survey's flags: not-informed, no-smartphone, "))
  }

  /// The page printed to PDF by headless Chromium, or `nil` when Chromium or pdfinfo is missing.
  static func printedPages(_ page: URL) throws -> Int? {
    let tools = ["/usr/bin/chromium", "/usr/bin/pdfinfo"]
    guard tools.allSatisfy({ FileManager.default.isExecutableFile(atPath: $0) }) else {
      return nil
    }
    let pdf = page.deletingPathExtension().appendingPathExtension("pdf")
    _ = try ChildProcess.run(
      tools[0],
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--user-data-dir="
          + page.deletingLastPathComponent().appendingPathComponent("chromium")
          .path,
        "--print-to-pdf=" + pdf.path, page.absoluteString,
      ], environment: ["HOME": NSTemporaryDirectory()], input: Data())
    let info = try ChildProcess.run(tools[1], [pdf.path], environment: [:], input: Data())
    let text = String(decoding: info.output, as: UTF8.self)
    return text.firstMatch(of: /Pages:\s+(\d+)/).flatMap { Int($0.output.1) }
  }
}
