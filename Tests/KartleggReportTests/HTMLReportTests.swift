import KartleggCore
import Testing

@testable import KartleggReport

@Suite struct HTMLReportTests {
  static func render(_ summary: CohortSummary = Samples.small, language: String = "en") -> String {
    HTMLReport.render(summary, vocabulary: Samples.vocabulary, language: language)
  }

  @Test func isOneSelfContainedDocument() {
    let html = Self.render(Samples.wide)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n"))
    #expect(html.hasSuffix("</html>\n"))
    #expect(html.ranges(of: "<style>").count == 1)
    for forbidden in ["<script", "http:", "https:", "//", "src=", "href=", "@import", "url("] {
      #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
    }
  }

  @Test(arguments: [
    ("ar", "ar", "rtl"), ("fa", "fa", "rtl"), ("prs", "prs", "rtl"), ("ps", "ps", "rtl"),
    ("ur", "ur", "rtl"), ("ckb", "ckb", "rtl"), ("he", "he", "rtl"), ("fa_AF", "fa-AF", "rtl"),
    ("ku-Arab", "ku-Arab", "rtl"), ("ku", "ku", "ltr"), ("nb", "nb", "ltr"), ("ti", "ti", "ltr"),
    ("uz-Latn", "uz-Latn", "ltr"), ("\"><x", "und", "ltr"), ("", "und", "ltr"),
  ])
  func setsLanguageAndDirection(code: String, tag: String, direction: String) {
    #expect(Self.render(language: code).contains("<html lang=\"\(tag)\" dir=\"\(direction)\">"))
  }

  @Test func escapesLabelsAndIsolatesThemInBdi() {
    var summary = Samples.small
    summary.tables[1].rows[0].label = "<b>bold</b> & \"q\""
    summary.cohort = "مجموعة ١"
    let html = Self.render(summary)
    #expect(html.contains("<bdi>&lt;b&gt;bold&lt;/b&gt; &amp; &quot;q&quot;</bdi>"))
    #expect(!html.contains("<b>bold"))
    #expect(html.contains("<strong><bdi>مجموعة ١</bdi></strong>"))
    #expect(html.contains("<th scope=\"row\"><bdi>No PC</bdi></th><td class=\"count\">16</td>"))
    #expect(html.contains("(policy: <bdi>level and industry</bdi>)"))
    #expect(html.contains("<h3><bdi>Care A</bdi></h3>"))
  }

  @Test func showsHiddenMarkAndNoBarForHiddenRow() throws {
    let html = Self.render(Samples.wide)
    #expect(
      html.contains("<th scope=\"row\"><bdi>X</bdi></th><td class=\"count hidden-count\">:</td>"))
    let lines = html.split(separator: "\n")
    let label = try #require(lines.firstIndex { $0.contains(">X</text>") })
    #expect(lines[label + 1].contains(">:</text>"))
    #expect(!lines[label + 1].contains("<rect"))
    #expect(lines[label + 2].contains("</svg>") || lines[label + 2].contains("class=\"label\""))
    // One bar for each shown count above zero: 14 and 21 (0 and the hidden ones get none).
    #expect(html.ranges(of: "<rect").count == 2)
  }

  @Test func drawsAccessibleChartsScaledToLargestShownCount() {
    let html = Self.render()
    #expect(html.contains("<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-2\""))
    #expect(
      html.contains(
        "<title id=\"chart-2\">Access. No home internet: 8; No PC: 16</title>"))
    #expect(html.contains("<rect class=\"bar\" x=\"0%\" y=\"22\" width=\"40%\" height=\"14\"/>"))
    #expect(html.contains("<rect class=\"bar\" x=\"0%\" y=\"66\" width=\"80%\" height=\"14\"/>"))
    #expect(html.contains("<title id=\"chart-1\">Level. Beginner: 20; Some experience: :;"))
  }

  @Test func growsBarsFromTheRightInRightToLeftDocuments() {
    let html = Self.render(language: "ar")
    #expect(html.contains("<rect class=\"bar\" x=\"60%\" y=\"22\" width=\"40%\" height=\"14\"/>"))
    #expect(html.contains("x=\"100%\" y=\"16\" direction=\"rtl\" text-anchor=\"start\">Beginner"))
  }

  @Test func marksSyntheticDataAndPrintsWell() {
    let html = Self.render()
    #expect(
      html.contains(
        "<p class=\"synthetic\" role=\"note\"><strong>Synthetic data: not real people.</strong>"))
    #expect(html.contains("@media print"))
    #expect(html.contains("page-break-inside: avoid"))
    #expect(html.contains("max-width: 48em"))
    var real = Samples.small
    real.isSynthetic = false
    #expect(!Self.render(real).contains("class=\"synthetic\""))
  }

  @Test(arguments: ["en", "ar"])
  func closesEveryElementInOrder(language: String) {
    var summary = Samples.wide
    summary.tables[0].rows[0].label = "<b>a</b> & <script>x</script> <!-- -->"
    summary.groups?.groups[0].name = "</main>"
    #expect(TagBalance.problem(in: Self.render(summary, language: language)) == nil)
    #expect(TagBalance.problem(in: Self.render(Samples.small, language: language)) == nil)
  }

  @Test func tagBalanceFindsUnclosedAndStrayMarkup() {
    #expect(TagBalance.problem(in: "<p><b>x</p>") != nil)
    #expect(TagBalance.problem(in: "<p>a < b</p>") != nil)
    #expect(TagBalance.problem(in: "<p>a & b</p>") != nil)
    #expect(TagBalance.problem(in: "<p>a &amp; <br/></p>") == nil)
  }

  @Test func formatsPercentages() {
    #expect(SVGBarChart.percent(80) == "80")
    #expect(SVGBarChart.percent(26.666_666) == "26.67")
    #expect(SVGBarChart.percent(12.5) == "12.5")
    #expect(SVGBarChart.percent(0.05) == "0.05")
  }
}
