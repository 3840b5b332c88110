import Foundation
import Testing

/// The HTML summary in a real browser: Chromium prints a 60-person demo cohort's summary on at
/// most four A4 pages (counted by poppler's `pdfinfo`), and at a phone's 390 px nothing is wider
/// than the screen. Without Chromium the suite is skipped, except in CI, which installs it.
@Suite(.enabled(if: PrintTools.isWanted, PrintTools.skipped))
struct SummaryPrintTests {
  static let chromium = PrintTools.chromium
  static let pdfinfo = PrintTools.pdfinfo

  static func summaryHTML(_ database: TemporaryDatabase) throws -> URL {
    let demo = try database.run(["demo", "--participants", "60", "--cohort", "Trykk"])
    #expect(demo.status == 0, "\(demo.errors)")
    let file = database.directory.appendingPathComponent("summary.html")
    let run = try database.run([
      "summary", "--cohort", "Trykk", "--format", "html", "--output", file.path,
    ])
    #expect(run.status == 0, "\(run.errors)")
    return file
  }

  static func browser(_ arguments: [String], in directory: URL) throws -> ChildProcess.Finished {
    // The profile lives in the test's folder; the sandbox needs user namespaces CI may lack.
    try ChildProcess.run(
      chromium,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--user-data-dir=" + directory.appendingPathComponent("profile").path,
      ] + arguments,
      environment: ["HOME": directory.path, "PATH": "/usr/bin:/bin"], input: Data())
  }

  @Test func aSixtyPersonCohortPrintsOnAtMostFourA4Pages() throws {
    let database = try TemporaryDatabase()
    let html = try Self.summaryHTML(database)
    let pdf = database.directory.appendingPathComponent("summary.pdf")
    let printed = try Self.browser(
      ["--no-pdf-header-footer", "--print-to-pdf=" + pdf.path, html.absoluteString],
      in: database.directory)
    #expect(printed.status == 0)
    let info = try ChildProcess.run(
      Self.pdfinfo, [pdf.path], environment: ["PATH": "/usr/bin:/bin"], input: Data())
    let text = String(decoding: info.output, as: UTF8.self)
    let pages = try #require(
      text.firstMatch(of: /Pages:\s+(\d+)/).flatMap { Int($0.output.1) }, "\(text)")
    #expect((1...4).contains(pages), "\(pages) pages")
    #expect(text.contains("(A4)"), "\(text)")
  }

  @Test func atAPhonesWidthNothingIsWiderThanTheScreen() throws {
    let database = try TemporaryDatabase()
    let html = try Self.summaryHTML(database)
    // Headless windows are at least 500 px wide, so the report is laid out in a 390 px frame
    // of a probe page whose script measures it (the report itself has no script).
    let probe = database.directory.appendingPathComponent("probe.html")
    try """
    <!DOCTYPE html><html><body style="margin:0">
    <iframe id="f" src="\(html.lastPathComponent)" style="width:390px;height:844px;border:0">
    </iframe>
    <script>window.addEventListener("load", function () {
      var d = document.getElementById("f").contentDocument;
      document.body.setAttribute("data-result", "width=" + d.documentElement.scrollWidth +
        " viewport=" + d.defaultView.innerWidth);
    });</script></body></html>
    """.write(to: probe, atomically: true, encoding: .utf8)
    let dumped = try Self.browser(
      ["--allow-file-access-from-files", "--dump-dom", probe.absoluteString],
      in: database.directory)
    let dom = String(decoding: dumped.output, as: UTF8.self)
    let match = try #require(dom.firstMatch(of: /width=(\d+) viewport=(\d+)/), "\(dom.prefix(300))")
    let (width, viewport) = (Int(match.output.1) ?? 0, Int(match.output.2) ?? 0)
    #expect(viewport == 390)
    #expect(width <= viewport, "laid out \(width) px wide in a \(viewport) px frame")
  }
}

/// The browser and PDF tools the print tests use.
enum PrintTools {
  static let chromium = "/usr/bin/chromium"
  static let pdfinfo = "/usr/bin/pdfinfo"
  static let skipped: Comment =
    "skipped: no chromium or pdfinfo (apt-get install chromium poppler-utils)"

  /// Whether to run: when both tools are present, and always in CI, which installs them.
  static var isWanted: Bool {
    let present = [chromium, pdfinfo].allSatisfy {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    return present || ProcessInfo.processInfo.environment["CI"] == "true"
  }
}
