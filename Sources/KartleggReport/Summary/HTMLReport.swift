import KartleggCore

/// A cohort summary as one self-contained HTML5 file, to read on a phone or print on A4.
///
/// The file holds everything it shows: an inline `<style>`, no script and no address of anything
/// outside it. The overview comes first; then each table once, as a table whose count cells
/// carry their bar (a chart and its numbers in one); the dimension levels as one matrix; then the
/// groups. A hidden count is drawn as hidden (its mark in a hatched cell), never as a short bar.
/// Printing uses A4 pages with a running header (cohort, date, audience) and page numbers.
/// Every text from the summary is escaped and isolated in `<bdi>`.
public enum HTMLReport {
  /// The summary as an HTML document.
  ///
  /// - Parameters:
  ///   - summary: The summary.
  ///   - vocabulary: The fixed words, in the reader's language.
  ///   - language: The reader's language as a BCP 47 code (`nb`, `ar`, `fa-AF`; `_` is read as
  ///     `-`); it sets `lang` and the direction (`dir="rtl"` for Arabic, Persian, Dari, Pashto,
  ///     Urdu, Sorani, Hebrew and other right-to-left languages and scripts).
  /// - Returns: The document, ending in a newline.
  public static func render(
    _ summary: CohortSummary, vocabulary: ReportVocabulary, language: String
  ) -> String {
    let document = DocumentLanguage(code: language)
    let direction = document.isRightToLeft ? "rtl" : "ltr"
    let running = [summary.cohort, summary.madeAtText].filter { !$0.isEmpty }
      .joined(separator: " · ")
    var lines = [
      "<!DOCTYPE html>",
      "<html lang=\"\(HTMLText.escaped(document.tag))\" dir=\"\(direction)\">",
      "<head>",
      "<meta charset=\"utf-8\"/>",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
      "<title>\(HTMLText.escaped(vocabulary.title + " – " + summary.cohort))</title>",
      "<style>", stylesheet, pageRules(running: running), "</style>",
      "</head>",
      "<body>",
      "<main>",
    ]
    lines += header(summary, vocabulary: vocabulary)
    lines += overviewSection(summary, vocabulary: vocabulary)
    lines += detailSections(summary, vocabulary: vocabulary)
    lines += groupsSection(summary.groups, vocabulary: vocabulary)
    if SummaryFigures.hasReviewMark(summary) {
      lines.append("<p class=\"note\">\(HTMLText.escaped(vocabulary.reviewLegend))</p>")
    }
    lines += ["</main>", "</body>", "</html>"]
    return lines.joined(separator: "\n") + "\n"
  }

  private static func header(_ summary: CohortSummary, vocabulary: ReportVocabulary) -> [String] {
    var lines = ["<header>", "<h1>\(HTMLText.escaped(vocabulary.title))</h1>"]
    if summary.audience == .internal {
      lines.append(
        "<p class=\"banner internal\" role=\"note\"><strong>"
          + HTMLText.escaped(vocabulary.internalBanner) + "</strong></p>")
    }
    if summary.isSynthetic {
      lines.append(
        "<p class=\"banner synthetic\" role=\"note\"><strong>"
          + HTMLText.escaped(vocabulary.syntheticBanner) + "</strong></p>")
    }
    let facts = [
      HTMLText.escaped(vocabulary.cohort) + ": <strong>" + HTMLText.isolated(summary.cohort)
        + "</strong>",
      HTMLText.escaped(vocabulary.participants) + ": <strong>"
        + count(summary.participants, vocabulary: vocabulary) + "</strong>",
      ReportVocabulary.filled(
        HTMLText.escaped(vocabulary.madeAt), text: HTMLText.isolated(summary.madeAtText)),
      ReportVocabulary.filled(
        HTMLText.escaped(vocabulary.surveyLine), text: HTMLText.isolated(summary.survey)),
    ]
    lines.append("<p class=\"facts\">" + facts.joined(separator: " · ") + "</p>")
    if summary.audience == .shared {
      lines.append(
        "<p class=\"note\">"
          + HTMLText.escaped(vocabulary.hiddenNote(minimumCell: summary.minimumCell)) + "</p>")
    }
    lines.append("</header>")
    return lines
  }

  private static func overviewSection(_ summary: CohortSummary, vocabulary: ReportVocabulary)
    -> [String]
  {
    var lines = [
      "<section class=\"overview\" aria-labelledby=\"overview\">",
      "<h2 id=\"overview\">\(HTMLText.escaped(vocabulary.overview))</h2>",
      "<div class=\"cards\">",
    ]
    for (index, table) in summary.overview.enumerated() {
      let rows = SummaryFigures.overviewRows(of: table)
      guard !rows.isEmpty else { continue }
      lines += compactTable(
        table, rows: rows, id: "overview-\(index + 1)", vocabulary: vocabulary)
    }
    lines.append("</div>")
    if let section = summary.groups {
      let sizes = section.groups.compactMap(\.size.value)
      let range = sizes.isEmpty ? "" : " (\(sizes.min() ?? 0)–\(sizes.max() ?? 0))"
      lines.append(
        "<p>" + HTMLText.escaped(vocabulary.groups) + ": <strong>\(section.groups.count)"
          + range + "</strong> · "
          + ReportVocabulary.filled(
            HTMLText.escaped(
              section.state == .accepted ? vocabulary.groupsAccepted : vocabulary.groupsSuggested),
            text: HTMLText.isolated(section.policy)) + "</p>")
      if let line = SummaryFigures.unplacedLine(section, vocabulary: vocabulary) {
        lines.append("<p>" + HTMLText.escaped(line) + "</p>")
      }
    }
    lines.append("</section>")
    return lines
  }

  /// A small table of label, count and percentage, for the overview.
  private static func compactTable(
    _ table: SummaryTable, rows: [SummaryRow], id: String, vocabulary: ReportVocabulary
  ) -> [String] {
    var lines = [
      "<table class=\"compact\" aria-labelledby=\"\(id)\">",
      "<caption id=\"\(id)\">\(HTMLText.isolated(table.title))</caption>",
      "<tbody>",
    ]
    for row in rows {
      lines.append(
        "<tr><th scope=\"row\">\(HTMLText.isolated(row.label))</th>"
          + countCells(row.count, of: table.total, vocabulary: vocabulary) + "</tr>")
    }
    lines += ["</tbody>", "</table>"]
    return lines
  }

  /// The count and percentage cells of a row; a hidden count is marked as hidden.
  static func countCells(_ value: CellCount, of total: CellCount, vocabulary: ReportVocabulary)
    -> String
  {
    let hidden = value == .hidden ? " hidden-count" : ""
    let percent = SummaryFigures.percent(value, of: total) ?? ""
    return "<td class=\"count\(hidden)\">\(count(value, vocabulary: vocabulary))</td>"
      + "<td class=\"percent\">\(HTMLText.escaped(percent))</td>"
  }

  static func listed(_ items: [String]) -> String {
    items.isEmpty ? "–" : items.map(HTMLText.isolated).joined(separator: ", ")
  }

  static func count(_ count: CellCount, vocabulary: ReportVocabulary) -> String {
    HTMLText.escaped(vocabulary.text(of: count))
  }
}
