import Foundation
import KartleggTerminal
import Testing

/// Right-to-left text, width and data text on the real binary's output.
@Suite struct TerminalTextCommandTests {
  private static func isArabicScript(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x0600...0x06FF).contains(value) || (0x0750...0x077F).contains(value)
      || (0x08A0...0x08FF).contains(value) || (0xFB50...0xFDFF).contains(value)
      || (0xFE70...0xFEFF).contains(value)
  }

  private static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value == 0x061C || value == 0x200E || value == 0x200F
      || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
  }

  /// The issue's done-when check, exactly: at 60 columns every line fits, and every line with
  /// Arabic-script text has an isolate initiator (U+2067 or U+2068) before it and U+2069 after.
  @Test(arguments: ["ar", "ur", "ti", "prs", "ps"])
  func surveyShowFitsSixtyColumnsAndIsolatesArabicScript(language: String) throws {
    let run = try CommandRun.kartlegg(
      ["survey", "show", "surveys/digital-intake.xml", "--language", language],
      environment: ["COLUMNS": "60"])
    #expect(run.status == 0, "\(run.errors)")
    let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.count > 400)
    var arabicLines = 0
    for (number, line) in lines.enumerated() {
      #expect(DisplayWidth.of(line) <= 60, "line \(number + 1) is \(DisplayWidth.of(line)) wide")
      let scalars = Array(line.unicodeScalars)
      guard let first = scalars.firstIndex(where: Self.isArabicScript),
        let last = scalars.lastIndex(where: Self.isArabicScript)
      else { continue }
      arabicLines += 1
      let before = scalars[..<first]
      #expect(
        before.contains("\u{2067}") || before.contains("\u{2068}"), "line \(number + 1): \(line)")
      #expect(scalars[last...].contains("\u{2069}"), "line \(number + 1): \(line)")
    }
    #expect(language == "ti" ? arabicLines == 0 : arabicLines > 300)
  }

  /// A whole piped intake with an Arabic-speaking participant at 50 columns, in both modes.
  @Test(arguments: [BidiMode.terminal, .visual])
  func anIntakeInArabicFitsTheWidthInBothModes(mode: BidiMode) throws {
    let database = try TemporaryDatabase()
    var registration = IntakeScript.registration
    registration[4] = "ar"
    let run = try CommandRun.kartlegg(
      ["intake", "--database", database.path, "--bidi", mode.rawValue],
      input: IntakeScript.piped(registration + ["?"] + IntakeScript.answers + ["a"]),
      environment: ["COLUMNS": "50"])
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("── Resultat for "))
    var arabicLines = 0
    for line in run.output.split(separator: "\n").map(String.init) {
      // A prompt's last line is followed by the answer echoed from the pipe.
      let shown = line.range(of: ": ").map { String(line[..<$0.upperBound]) } ?? line
      #expect(DisplayWidth.of(shown) <= 50, "\(line)")
      let scalars = Array(line.unicodeScalars)
      guard let first = scalars.firstIndex(where: Self.isArabicScript) else { continue }
      arabicLines += 1
      switch mode {
      case .terminal:
        #expect(scalars[..<first].contains("\u{2067}"), "\(line)")
      case .visual:
        #expect(!scalars.contains(where: Self.isBidiControl), "\(line)")
      }
    }
    #expect(arabicLines > 100)
  }

  @Test func surveyShowWithoutColumnsUsesEighty() throws {
    let run = try CommandRun.kartlegg(["survey", "show", "surveys/digital-intake.xml"])
    let widths = run.output.split(separator: "\n").map { DisplayWidth.of(String($0)) }
    #expect(widths.max() == 79)
  }

  @Test func visualModePrintsReorderedLinesWithoutBidiControls() throws {
    let run = try CommandRun.kartlegg(
      ["survey", "show", "surveys/digital-intake.xml", "--language", "ar", "--bidi", "visual"],
      environment: ["COLUMNS": "60"])
    #expect(run.status == 0)
    #expect(!run.output.unicodeScalars.contains(where: Self.isBidiControl))
    // The title (two lines at 60 columns) ends with † in logical order; on screen it stands
    // at the left of its last line.
    let title = run.output.split(separator: "\n").prefix(2)
    #expect(title.count == 2 && title.last?.hasPrefix("  † ") == true, "\(title)")
    #expect(title.first?.hasPrefix("†") == false)
    let viaEnvironment = try CommandRun.kartlegg(
      ["survey", "show", "surveys/digital-intake.xml", "--language", "ar"],
      environment: ["COLUMNS": "60", "KARTLEGG_BIDI": "visual"])
    #expect(viaEnvironment.output == run.output)
  }

  @Test func anUnknownBidiModeIsAUsageError() throws {
    let run = try CommandRun.kartlegg(
      ["survey", "show", "surveys/digital-intake.xml", "--bidi", "auto"])
    #expect(run.status == 64)
    #expect(run.errors.contains("unknown --bidi mode 'auto'; expected terminal or visual"))
  }

  @Test func terminalCheckShowsTheWordBothWaysAndTheSettingInUse() throws {
    let run = try CommandRun.kartlegg(
      ["terminal-check", "--ui-language", "en"], environment: ["KARTLEGG_BIDI": "visual"])
    #expect(run.status == 0)
    let lines = run.output.split(separator: "\n").map(String.init)
    #expect(
      lines.contains(
        "  1  \u{2067}سلام\u{2069}   ← right here: use --bidi terminal (the default)"))
    let visual = try #require(lines.first { $0.hasPrefix("  2  ") })
    #expect(visual.hasSuffix("   ← right here: use --bidi visual, or set KARTLEGG_BIDI=visual"))
    // Shaped and reversed: final mīm first, the lam-alef ligature, initial sīn last.
    #expect(visual.hasPrefix("  2  \u{FEE1}\u{FEFC}\u{FEB3}"))
    #expect(lines.last == "In use now: --bidi visual")
  }

  @Test func localesCheckWarnsAboutARightToLeftUnitStartingWithALatinWord() throws {
    let clean = try CommandRun.kartlegg(["locales", "check", "--ui-language", "en"])
    #expect(!clean.errors.contains("warning"), "\(clean.errors)")

    let directory = try CommandRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for folder in ["surveys", "locales"] {
      try FileManager.default.copyItem(
        at: CommandRun.repository.appendingPathComponent(folder),
        to: directory.appendingPathComponent(folder))
    }
    let file = directory.appendingPathComponent("locales/digital-intake/ps.xlf")
    let text = try String(contentsOf: file, encoding: .utf8)
    try text.replacingOccurrences(
      of: "<target>\u{200F}B2 یا لوړه</target>", with: "<target>B2 یا لوړه</target>"
    )
    .write(to: file, atomically: true, encoding: .utf8)
    let line =
      try #require(
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
          $0.contains("id=\"question.background.norwegian.option.b2plus\"")
        }) + 1
    let run = try CommandRun.kartlegg([
      "locales", "check", "--resources", directory.path, "--ui-language", "en",
      "--survey", directory.appendingPathComponent("surveys/digital-intake.xml").path,
    ])
    #expect(run.status == 0)
    #expect(
      run.errors.contains(
        "\(file.path):\(line): warning: unit 'question.background.norwegian.option.b2plus' is written right to left but starts with a left-to-right letter; begin it with U+200F (RLM)"
      ), "\(run.errors)")
  }

  @Test func aLineFeedOrBidiMarkInANameIsShownEscapedOnItsOwnRow() throws {
    let database = try TemporaryDatabase()
    let name = "Ali\nXXXX-XXXX  Vår 2027  fullført\u{200F}\u{061C}\u{9B}"
    let imported = try database.run([
      "intake", "--answers", "docs/examples/answers-tigrinya.json", "--name", name,
      "--cohort", "Vår 2027",
    ])
    #expect(imported.status == 0, "\(imported.errors)")
    let list = try database.run(["participants", "list", "--names"])
    let rows = list.output.split(separator: "\n")
    #expect(rows.count == 2)
    #expect(
      list.output.contains(
        #"Ali\nXXXX-XXXX  Vår 2027  fullført<U+200F><U+061C><U+009B>"#))
  }

  @Test func listingALongNameTakesLinearTime() throws {
    let database = try TemporaryDatabase()
    let name = String(repeating: "\u{200F}ab\u{301} ", count: 2_500)
    let imported = try database.run([
      "intake", "--answers", "docs/examples/answers-tigrinya.json", "--name", name,
      "--cohort", "C",
    ])
    #expect(imported.status == 0, "\(imported.errors)")
    let clock = ContinuousClock()
    var list: CommandRun?
    let elapsed = try clock.measure {
      list = try database.run(["participants", "list", "--names"])
    }
    #expect(elapsed < .seconds(3))
    #expect(list?.output.split(separator: "\n").count == 2)
  }
}
