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
    #expect(
      html.contains(
        "<th scope=\"row\"><bdi>No PC</bdi></th><td class=\"count\">16</td>"
          + "<td class=\"percent\">38 %</td>"))
    #expect(html.contains("(policy: <bdi>level and industry</bdi>)"))
    #expect(
      html.contains("<tr><th scope=\"row\"><bdi>Care A</bdi></th><td class=\"count\">12</td>"))
  }

  @Test func drawsAHiddenCountAsHiddenNotAsAShortBar() throws {
    let html = Self.render(Samples.wide)
    #expect(
      html.contains(
        "<th scope=\"row\"><bdi>X</bdi></th><td class=\"count hidden-count\">:</td>"
          + "<td class=\"percent\"></td><td class=\"bar hidden-bar\" aria-hidden=\"true\"></td>"))
  }

  @Test func eachTableIsDrawnOnceWithBarsScaledToTheLargestShownCount() {
    let html = Self.render()
    #expect(!html.contains("<svg"))
    #expect(html.ranges(of: "<caption id=\"table-2\"><bdi>Access</bdi></caption>").count == 1)
    #expect(html.contains("<span style=\"inline-size: 50%\"></span>"))
    #expect(html.contains("<span style=\"inline-size: 100%\"></span>"))
  }

  @Test func showsTheOverviewFirstAndTheDimensionsAsOneMatrix() throws {
    var summary = Samples.small
    var first = Samples.levels
    first.id = "levels.dimension.safety"
    first.title = "Safety"
    var second = first
    second.id = "levels.dimension.content"
    second.title = "Content"
    summary.tables += [first, second]
    let html = Self.render(summary)
    let overview = try #require(html.range(of: "<h2 id=\"overview\">Overview</h2>"))
    let details = try #require(html.range(of: "<h2 id=\"details\">All tables</h2>"))
    #expect(overview.lowerBound < details.lowerBound)
    #expect(html.ranges(of: "<table class=\"matrix\">").count == 1)
    #expect(html.contains("<tr><th scope=\"row\"><bdi>Safety</bdi></th><td class=\"count\">20"))
  }

  @Test func printsOnA4WithARunningHeaderAndPageNumbers() {
    var summary = Samples.small
    summary.cohort = "Høst \"A\" </style>"
    let html = Self.render(summary)
    #expect(html.contains("size: A4;"))
    #expect(
      html.contains(
        "@top-left { content: \"Høst \\22 A\\22  \\3c /style\\3e  · 2025-09-01 09:00 +02:00\""))
    #expect(html.contains("counter(page) \" / \" counter(pages)"))
    #expect(html.ranges(of: "</style>").count == 1)
  }

  @Test func marksInternalAndSyntheticSummaries() {
    var summary = Samples.small
    summary.audience = .internal
    let html = Self.render(summary)
    #expect(
      html.contains(
        "<p class=\"banner synthetic\" role=\"note\"><strong>Synthetic data: not real people."))
    #expect(
      html.contains("<p class=\"banner internal\" role=\"note\"><strong>Internal: do not share."))
    var real = Samples.small
    real.isSynthetic = false
    #expect(!Self.render(real).contains("banner synthetic"))
    #expect(!Self.render(real).contains("banner internal"))
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

  @Test func formatsPercentagesOfAShownTotal() {
    #expect(SummaryFigures.percent(.shown(8), of: .shown(42)) == "19 %")
    #expect(SummaryFigures.percent(.shown(0), of: .shown(42)) == nil)
    #expect(SummaryFigures.percent(.hidden, of: .shown(42)) == nil)
    #expect(SummaryFigures.percent(.shown(3), of: .hidden) == nil)
  }
}
