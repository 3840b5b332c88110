import Foundation
import KartleggCore
import KartleggTerminal
import KartleggXML
import Testing

/// Right-to-left survey text on both kinds of terminal, checked against libfribidi's own
/// `fribidi` command: a line printed in `terminal` mode, laid out by the bidi algorithm as a
/// bidi-aware terminal does, and a line printed in `visual` mode as it stands, must both show
/// each piece of text the way that text reads as a right-to-left paragraph of its own, beside
/// a language tag and numbers that stay where they are.
@Suite struct BidiTests {
  private static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The units the review found laid out wrongly, mixing the script with BankID, WhatsApp, B2.
  private static let keys = [
    "question.services.bankid.help", "question.services.bankid.text",
    "question.background.norwegian.option.b2plus", "question.habits.whatsapp_frequency.text",
  ]

  private func texts(_ language: String) throws -> [String] {
    let path = Self.root.appendingPathComponent("locales/digital-intake/\(language).xlf")
    let catalog = try XLIFFReader().read([UInt8](try Data(contentsOf: path)), file: path.path)
    var texts = try Self.keys.map { try #require(catalog.unit($0)?.target) }
    texts.append(try #require(texts.last) + " 3 (Wi-Fi) 12")
    return texts
  }

  /// The text between the first isolate initiator and the last PDI of a line, and what comes
  /// before it.
  private func split(_ line: String) throws -> (prefix: String, isolated: String) {
    let scalars = Array(line.unicodeScalars)
    let start = try #require(scalars.firstIndex { (0x2066...0x2068).contains($0.value) })
    let end = try #require(scalars.lastIndex { $0.value == 0x2069 })
    var prefix = ""
    prefix.unicodeScalars.append(contentsOf: scalars[..<start])
    var isolated = ""
    isolated.unicodeScalars.append(contentsOf: scalars[(start + 1)..<end])
    return (prefix, isolated)
  }

  @Test(arguments: ["ar", "prs", "ps", "ur"])
  func bothModesShowEachLineInTheTextsOwnReadingOrder(language: String) throws {
    let texts = try texts(language)
    let terminal = RecordingConsole(width: 40, bidi: .terminal)
    let visual = RecordingConsole(width: 40, bidi: .visual)
    for text in texts {
      for console in [terminal, visual] {
        console.participant(text, language: language, rightToLeft: true, indent: "  ")
      }
    }
    let terminalLines = terminal.lines
    #expect(terminalLines.count == visual.lines.count)
    #expect(terminalLines.count > texts.count)

    var pieces: [(prefix: String, isolated: String)] = []
    for line in terminalLines {
      #expect(DisplayWidth.of(line) <= 39, "\(line)")
      pieces.append(try split(line))
    }
    // Nothing is lost or reordered by wrapping: the isolated pieces are the texts.
    #expect(pieces.map(\.isolated).joined(separator: " ") == texts.joined(separator: " "))
    // The tag stands outside the isolate, on the first line of each text only.
    #expect(pieces.filter { $0.prefix.hasSuffix("[\(language)] ") }.count == texts.count)

    let shownByTerminal = try FriBidiCommand.visual(terminalLines)
    let ownReadingOrder = try FriBidiCommand.visual(pieces.map(\.isolated), rightToLeft: true)
    for index in terminalLines.indices {
      let expected = pieces[index].prefix + ownReadingOrder[index]
      #expect(shownByTerminal[index] == expected, "terminal line \(index)")
      #expect(FriBidiCommand.normalized(visual.lines[index]) == expected, "visual line \(index)")
    }
  }

  @Test func withoutTheIsolateALineStartingWithALatinNameReadsWrongly() throws {
    let text = "BankID 12 لرئ؟"
    let shown = try FriBidiCommand.visual([
      "[ps] " + text, "[ps] " + "\u{2067}" + text + "\u{2069}",
    ])
    let ownReadingOrder = try FriBidiCommand.visual([text], rightToLeft: true)
    #expect(shown[0] != "[ps] " + ownReadingOrder[0])
    #expect(shown[1] == "[ps] " + ownReadingOrder[0])
  }

  @Test func visualModePrintsNoBidiControls() {
    let console = RecordingConsole(width: 60, bidi: .visual)
    console.participant("\u{200F}B2 أو أعلى", language: "ar", rightToLeft: true)
    console.line("5 ar \u{2067}العربية\u{2069}\u{200E} 6 ti ትግርኛ")
    for scalar in console.output.unicodeScalars {
      let value = scalar.value
      let isControl =
        value == 0x061C || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value)
        || (0x2066...0x2069).contains(value)
      #expect(!isControl, "U+\(String(value, radix: 16))")
    }
  }

  @Test func languageListNumbersStayBesideTheirCodes() throws {
    let line = "5 ar العربية 6 ti ትግርኛ 7 ur اردو"
    let isolated = Bidi.isolatingRuns(line)
    #expect(isolated == "5 ar \u{2067}العربية\u{2069} 6 ti ትግርኛ 7 ur \u{2067}اردو\u{2069}")
    let shown = try FriBidiCommand.visual([line, isolated])
    #expect(shown[1].hasPrefix("5 ar "))
    #expect(shown[1].contains(" 6 ti ትግርኛ 7 ur "))
    #expect(!shown[0].contains(" 6 ti "))
  }

  @Test func runsTakeInnerNumbersAndLeaveOuterOnesOut() {
    #expect(Bidi.isolatingRuns("x عربي 12 عربي y") == "x \u{2067}عربي 12 عربي\u{2069} y")
    #expect(Bidi.isolatingRuns("(عربي) 12") == "(\u{2067}عربي\u{2069}) 12")
    #expect(Bidi.isolatingRuns("plain") == "plain")
    let already = "a \u{2067}عربي x\u{2069} b"
    #expect(Bidi.isolatingRuns(already) == already)
  }

  @Test func isolatesOnlyTextWithRightToLeftLetters() {
    #expect(Bidi.isolated("WhatsApp", rightToLeft: true) == "WhatsApp")
    #expect(Bidi.isolated("هل", rightToLeft: true) == "\u{2067}هل\u{2069}")
    #expect(Bidi.isolated("هل", rightToLeft: false) == "\u{2068}هل\u{2069}")
  }

  @Test(arguments: [("terminal", BidiMode.terminal), (" Visual ", .visual)])
  func modesAreReadFromSettings(setting: String, mode: BidiMode) {
    #expect(BidiMode(setting: setting) == mode)
  }

  @Test func anUnknownSettingIsNoMode() {
    #expect(BidiMode(setting: "auto") == nil)
  }
}
