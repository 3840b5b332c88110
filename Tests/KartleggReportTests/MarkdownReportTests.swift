import KartleggCore
import Testing

@testable import KartleggReport

@Suite struct MarkdownReportTests {
  @Test func rendersTablesWithCountsAndTotals() {
    let markdown = MarkdownReport.render(Samples.small, vocabulary: Samples.vocabulary)
    #expect(markdown.hasPrefix("# Cohort summary\n\n**Cohort:** Høst 2025\n\n"))
    #expect(markdown.contains("## Overview\n\n- **Level** (% of 42): Beginner 20 (48 %) · "))
    #expect(markdown.contains("> **Synthetic data: not real people.**\n"))
    #expect(
      markdown.contains(
        """
        ## Level

        | Level | Count | % |
        | --- | ---: | ---: |
        | Beginner | 20 | 48 % |
        | Some experience | : |  |
        | Experienced | : |  |
        | **Total** | 42 |  |

        Counts under 5 are hidden (:).

        """))
    #expect(markdown.contains("| Logistics | : | Some experience | Teams, WhatsApp | – |\n"))
    #expect(markdown.contains("Suggested groups (policy: level and industry)\n"))
  }

  @Test func showsNoNumberForHiddenRow() throws {
    let markdown = MarkdownReport.render(Samples.wide, vocabulary: Samples.vocabulary)
    let line = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| X |") })
    #expect(line == "| X | : |  |")
  }

  @Test func putsNoteOnlyUnderTablesWithHiddenCounts() {
    let markdown = MarkdownReport.render(Samples.small, vocabulary: Samples.vocabulary)
    #expect(markdown.ranges(of: "Counts under 5 are hidden").count == 1)
  }

  @Test(arguments: [
    ("a | b", "a \\| b"),
    ("*bold* _it_", "\\*bold\\* \\_it\\_"),
    ("<b>x</b> & y", "&lt;b&gt;x&lt;/b&gt; &amp; y"),
    ("`code` [link](x) ~s~ #h $m$", "\\`code\\` \\[link\\](x) \\~s\\~ \\#h \\$m\\$"),
    ("back\\slash", "back\\\\slash"),
    ("line\nbreak\ttab", "line break tab"),
    ("- item", "\\- item"),
    ("+ item", "\\+ item"),
    ("12. item", "12\\. item"),
    ("3) item", "3\\) item"),
    ("a-b 1.5", "a-b 1.5"),
    ("\u{202E}gnp", "U+202Egnp"),
  ])
  func escapesMarkdownInText(text: String, expected: String) {
    #expect(MarkdownReport.escaped(text) == expected)
  }

  @Test func escapesLabelsInTheDocument() {
    var summary = Samples.small
    summary.tables[1].rows[0].label = "No | PC *now*"
    summary.groups?.policy = "<script>"
    let markdown = MarkdownReport.render(summary, vocabulary: Samples.vocabulary)
    #expect(markdown.contains("| No \\| PC \\*now\\* | 8 | 19 % |\n"))
    #expect(markdown.contains("(policy: &lt;script&gt;)"))
    #expect(!markdown.contains("<script>"))
  }
}
