import KartleggCore

/// A cohort summary as one self-contained HTML5 file, to share or print.
///
/// The file holds everything it shows: an inline `<style>`, an inline SVG bar chart per table,
/// no script and no address of anything outside it (no fonts, images or links), so it opens the
/// same offline, from an e-mail, or on a phone. Every text from the summary is escaped and
/// isolated in `<bdi>`, so a right-to-left label reads correctly in a left-to-right report and the
/// other way round. The numbers of each chart also stand in a real `<table>`. A hidden count
/// shows the vocabulary's hidden mark and no bar.
public enum HTMLReport {
  /// The summary as an HTML document.
  ///
  /// - Parameters:
  ///   - summary: The summary, with small counts already hidden.
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
    var lines = [
      "<!DOCTYPE html>",
      "<html lang=\"\(HTMLText.escaped(document.tag))\" dir=\"\(direction)\">",
      "<head>",
      "<meta charset=\"utf-8\"/>",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
      "<title>\(HTMLText.escaped(vocabulary.title + " – " + summary.cohort))</title>",
      "<style>", stylesheet, "</style>",
      "</head>",
      "<body>",
      "<main>",
      "<header>",
      "<h1>\(HTMLText.escaped(vocabulary.title))</h1>",
    ]
    if summary.isSynthetic {
      lines.append(
        "<p class=\"synthetic\" role=\"note\"><strong>"
          + HTMLText.escaped(vocabulary.syntheticBanner) + "</strong></p>")
    }
    lines += [
      "<p class=\"cohort\">" + HTMLText.escaped(vocabulary.cohort) + ": "
        + "<strong>" + HTMLText.isolated(summary.cohort) + "</strong></p>",
      "<p class=\"participants\">" + HTMLText.escaped(vocabulary.participants) + ": "
        + "<strong>" + count(summary.participants, vocabulary: vocabulary) + "</strong></p>",
      "</header>",
    ]
    for (index, table) in summary.tables.enumerated() {
      lines += tableSection(
        table, number: index + 1, summary: summary, vocabulary: vocabulary,
        isRightToLeft: document.isRightToLeft)
    }
    lines += groupsSection(summary.groups, vocabulary: vocabulary)
    lines += ["</main>", "</body>", "</html>"]
    return lines.joined(separator: "\n") + "\n"
  }

  private static func tableSection(
    _ table: SummaryTable, number: Int, summary: CohortSummary, vocabulary: ReportVocabulary,
    isRightToLeft: Bool
  ) -> [String] {
    let headingID = "table-\(number)"
    let chart = SVGBarChart(
      table: table, hiddenMark: vocabulary.hiddenMark, isRightToLeft: isRightToLeft,
      titleID: "chart-\(number)")
    var lines = [
      "<section class=\"summary-table\" aria-labelledby=\"\(headingID)\">",
      "<h2 id=\"\(headingID)\">\(HTMLText.isolated(table.title))</h2>",
      chart.markup,
      "<table aria-labelledby=\"\(headingID)\">",
      "<thead><tr><th scope=\"col\">\(HTMLText.isolated(table.title))</th>"
        + "<th scope=\"col\" class=\"count\">\(HTMLText.escaped(vocabulary.count))</th></tr></thead>",
      "<tbody>",
    ]
    for row in table.rows {
      let hidden = row.count == .hidden ? " hidden-count" : ""
      lines.append(
        "<tr><th scope=\"row\">\(HTMLText.isolated(row.label))</th>"
          + "<td class=\"count\(hidden)\">\(count(row.count, vocabulary: vocabulary))</td></tr>")
    }
    lines += [
      "</tbody>",
      "<tfoot><tr><th scope=\"row\">\(HTMLText.escaped(vocabulary.total))</th>"
        + "<td class=\"count\">\(count(table.total, vocabulary: vocabulary))</td></tr></tfoot>",
      "</table>",
    ]
    if table.rows.contains(where: { $0.count == .hidden }) || table.total == .hidden {
      lines.append(
        "<p class=\"note\">"
          + HTMLText.escaped(vocabulary.hiddenNote(minimumCell: summary.minimumCell)) + "</p>")
    }
    lines.append("</section>")
    return lines
  }

  private static func groupsSection(_ section: GroupsSection?, vocabulary: ReportVocabulary)
    -> [String]
  {
    var lines = [
      "<section class=\"groups\" aria-labelledby=\"groups\">",
      "<h2 id=\"groups\">\(HTMLText.escaped(vocabulary.groups))</h2>",
    ]
    guard let section else {
      return lines + ["<p>\(HTMLText.escaped(vocabulary.noGroups))</p>", "</section>"]
    }
    let word = section.state == .accepted ? vocabulary.groupsAccepted : vocabulary.groupsSuggested
    let policyLine = ReportVocabulary.filled(
      HTMLText.escaped(word), text: HTMLText.isolated(section.policy))
    lines.append("<p class=\"policy\">\(policyLine)</p>")
    for group in section.groups {
      let fields = [
        (vocabulary.groupSize, count(group.size, vocabulary: vocabulary)),
        (vocabulary.groupProfile, listed(group.profile)),
        (vocabulary.groupChannels, listed(group.channels)),
        (vocabulary.groupInterpreters, listed(group.interpreterLanguages)),
      ]
      lines += ["<article class=\"group\">", "<h3>\(HTMLText.isolated(group.name))</h3>", "<dl>"]
      for (name, value) in fields {
        lines.append("<dt>\(HTMLText.escaped(name))</dt><dd>\(value)</dd>")
      }
      lines += ["</dl>", "</article>"]
    }
    lines.append("</section>")
    return lines
  }

  private static func listed(_ items: [String]) -> String {
    items.isEmpty ? "–" : items.map(HTMLText.isolated).joined(separator: ", ")
  }

  private static func count(_ count: CellCount, vocabulary: ReportVocabulary) -> String {
    HTMLText.escaped(vocabulary.text(of: count))
  }
}
