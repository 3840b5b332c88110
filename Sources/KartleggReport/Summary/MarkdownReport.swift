import KartleggCore
import KartleggTerminal

/// A cohort summary as GitHub-flavoured Markdown: headings, one table per summary table, the
/// groups as a table.
///
/// Every text from the summary is escaped, so a label can neither format, link, embed HTML nor
/// break a table: Markdown punctuation gets a backslash, `<`, `>` and `&` become entities,
/// newlines become spaces, and control and bidi-override characters are shown as their code. A
/// hidden count shows the vocabulary's hidden mark.
public enum MarkdownReport {
  /// The summary as Markdown.
  ///
  /// - Parameters:
  ///   - summary: The summary, with small counts already hidden.
  ///   - vocabulary: The fixed words, in the reader's language.
  /// - Returns: The Markdown text, ending in a newline.
  public static func render(_ summary: CohortSummary, vocabulary: ReportVocabulary) -> String {
    var lines = ["# " + escaped(vocabulary.title), ""]
    lines += ["**" + escaped(vocabulary.cohort) + ":** " + escaped(summary.cohort), ""]
    if summary.audience == .internal {
      lines += ["> **" + escaped(vocabulary.internalBanner) + "**", ""]
    }
    if summary.isSynthetic {
      lines += ["> **" + escaped(vocabulary.syntheticBanner) + "**", ""]
    }
    lines += [
      escaped(ReportVocabulary.filled(vocabulary.madeAt, text: summary.madeAtText)) + "  ",
      escaped(ReportVocabulary.filled(vocabulary.surveyLine, text: summary.survey)) + "  ",
      "**" + escaped(vocabulary.participants) + ":** "
        + count(summary.participants, vocabulary: vocabulary), "",
    ]
    lines += ["## " + escaped(vocabulary.overview), ""]
    for table in summary.overview {
      let rows = SummaryFigures.overviewRows(of: table)
      guard !rows.isEmpty else { continue }
      let base = ReportVocabulary.filled(
        vocabulary.percentBase, text: vocabulary.text(of: table.total))
      if table.id == SummaryTopic.interpreterBookings.id {
        lines.append(
          "- **" + escaped(table.title) + "**: "
            + SummaryFigures.bookingLines(table, vocabulary: vocabulary).map(escaped)
            .joined(separator: "; "))
        continue
      }
      lines.append(
        "- **" + escaped(table.title) + "** (" + escaped(base) + "): "
          + rows.map { escaped($0.label) + " " + figure($0.count, of: table.total, vocabulary) }
          .joined(separator: " · "))
    }
    if let section = summary.groups,
      let line = SummaryFigures.unplacedLine(section, vocabulary: vocabulary)
    {
      lines.append("- " + escaped(line))
    }
    lines.append("")
    for table in summary.tables {
      lines += ["## " + escaped(table.title), ""]
      lines.append(row([escaped(table.title), escaped(vocabulary.count), "%"]))
      lines.append("| --- | ---: | ---: |")
      for summaryRow in table.rows {
        lines.append(
          row([
            escaped(summaryRow.label), count(summaryRow.count, vocabulary: vocabulary),
            SummaryFigures.percent(summaryRow.count, of: table.total) ?? "",
          ]))
      }
      lines.append(
        row([
          "**" + escaped(vocabulary.total) + "**", count(table.total, vocabulary: vocabulary), "",
        ]))
      lines.append("")
      if table.rows.contains(where: { $0.count == .hidden }) || table.total == .hidden {
        lines += [escaped(vocabulary.hiddenNote(minimumCell: summary.minimumCell)), ""]
      }
    }
    lines += ["## " + escaped(vocabulary.groups), ""]
    lines += groupLines(summary.groups, vocabulary: vocabulary)
    if SummaryFigures.hasReviewMark(summary) { lines += ["", escaped(vocabulary.reviewLegend)] }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func figure(
    _ value: CellCount, of total: CellCount, _ vocabulary: ReportVocabulary
  )
    -> String
  {
    let number = count(value, vocabulary: vocabulary)
    return SummaryFigures.percent(value, of: total).map { number + " (" + $0 + ")" } ?? number
  }

  private static func groupLines(_ section: GroupsSection?, vocabulary: ReportVocabulary)
    -> [String]
  {
    guard let section else { return [escaped(vocabulary.noGroups)] }
    let policyLine = ReportVocabulary.filled(
      escaped(section.state == .accepted ? vocabulary.groupsAccepted : vocabulary.groupsSuggested),
      text: escaped(section.policy))
    var lines = [policyLine]
    guard !section.groups.isEmpty else { return lines }
    lines.append("")
    lines.append(
      row(
        [
          vocabulary.groupName, vocabulary.groupSize, vocabulary.groupProfile,
          vocabulary.groupChannels, vocabulary.groupInterpreters,
        ].map(escaped)))
    lines.append("| --- | ---: | --- | --- | --- |")
    for group in section.groups {
      lines.append(
        row([
          escaped(group.name), count(group.size, vocabulary: vocabulary),
          listed(group.profile), listed(group.channels), listed(group.interpreterLanguages),
        ]))
    }
    return lines
  }

  private static func row(_ cells: [String]) -> String {
    "| " + cells.joined(separator: " | ") + " |"
  }

  private static func listed(_ items: [String]) -> String {
    items.isEmpty ? "–" : items.map(escaped).joined(separator: ", ")
  }

  private static func count(_ count: CellCount, vocabulary: ReportVocabulary) -> String {
    escaped(vocabulary.text(of: count))
  }

  /// Text that Markdown shows as it is, on one line, inside a table cell or at a line's start.
  ///
  /// - Parameter text: A label, name or fixed word.
  /// - Returns: The escaped text.
  static func escaped(_ text: String) -> String {
    var result = ""
    var onlyDigitsBefore = true
    for (offset, character) in TerminalText.safe(text).enumerated() {
      // "-", "+", "=" start a list or underline a heading, "1." or "1)" starts a list, at the
      // start of a line.
      let startsBlock =
        (offset == 0 && "-+=".contains(character))
        || (offset > 0 && onlyDigitsBefore && ".)".contains(character))
      onlyDigitsBefore = onlyDigitsBefore && character.isASCII && character.isNumber
      switch character {
      case "\n", "\r\n", "\r", "\t": result.append(" ")
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "$":
        result += "\\" + String(character)
      default: result += (startsBlock ? "\\" : "") + String(character)
      }
    }
    return result
  }
}
