import KartleggCore
import KartleggTerminal
import Testing

@testable import KartleggReport

@Suite struct TextReportTests {
  @Test func rendersSmallSummaryExactly() {
    let text = TextReport.render(
      Samples.small, vocabulary: Samples.vocabulary, width: 60, color: false)
    #expect(text == Golden.smallText)
  }

  @Test(arguments: [40, 80, 120])
  func keepsEveryLineWithinWidth(width: Int) {
    let text = TextReport.render(
      Samples.wide, vocabulary: Samples.vocabulary, width: width, color: false)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count > 20)
    for line in lines {
      #expect(DisplayWidth.of(String(line)) <= width, "\(line)")
    }
  }

  @Test(arguments: [40, 80, 120])
  func keepsEveryLabelCharacterWhenWrapping(width: Int) {
    let text = TextReport.render(
      Samples.wide, vocabulary: Samples.vocabulary, width: width, color: false)
    let letters = Set(text.filter { !$0.isWhitespace })
    for label in Samples.longLabels {
      #expect(label.filter { !$0.isWhitespace }.allSatisfy(letters.contains))
    }
  }

  @Test func printsNoEscapeCodeWithoutColor() {
    let text = TextReport.render(
      Samples.wide, vocabulary: Samples.vocabulary, width: 80, color: false)
    #expect(!text.utf8.contains(0x1B))
  }

  @Test func printsBoldHeadingsWithColor() {
    let text = TextReport.render(
      Samples.small, vocabulary: Samples.vocabulary, width: 80, color: true)
    #expect(text.contains("\u{1B}[1mLevel\u{1B}[0m\n"))
    let lines = text.split(separator: "\n").map { line in
      String(line).replacing("\u{1B}[1m", with: "").replacing("\u{1B}[0m", with: "")
    }
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
  }

  @Test func showsHiddenMarkAndNoBarForHiddenRow() throws {
    let text = TextReport.render(
      Samples.wide, vocabulary: Samples.vocabulary, width: 80, color: false)
    let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("  X ") })
    #expect(line.hasSuffix(":"))
    #expect(!line.contains { $0.isNumber })
    #expect(!line.contains { "█▏▎▍▌▋▊▉".contains($0) })
  }

  @Test func scalesBarsToLargestShownCount() {
    #expect(TextReport.bars(16, largest: 16, width: 10) == String(repeating: "█", count: 10))
    #expect(TextReport.bars(8, largest: 16, width: 10) == "█████")
    #expect(TextReport.bars(1, largest: 16, width: 10) == "▋")
    #expect(TextReport.bars(1, largest: 1_000, width: 10) == "▏")
    #expect(TextReport.bars(0, largest: 16, width: 10) == "")
  }

  @Test func neutralisesControlAndBidiOverrideCharacters() {
    var summary = Samples.small
    summary.tables[1].rows[0].label = "Evil\u{1B}[31m\u{202E}label"
    summary.cohort = "Cohort\u{9B}2J"
    let text = TextReport.render(summary, vocabulary: Samples.vocabulary, width: 80, color: false)
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    #expect(!text.unicodeScalars.contains { $0.value == 0x9B })
    #expect(text.contains("EvilU+001B[31mU+202Elabel"))
  }

  @Test func saysWhenThereAreNoGroups() {
    var summary = Samples.small
    summary.groups = nil
    let text = TextReport.render(summary, vocabulary: Samples.vocabulary, width: 80, color: false)
    #expect(text.hasSuffix("Groups\n  No groups yet.\n"))
  }
}
