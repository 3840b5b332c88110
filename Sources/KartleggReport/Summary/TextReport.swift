import KartleggCore
import KartleggTerminal

/// A cohort summary as terminal text: headings, each table as aligned columns with a bar chart of
/// block characters, and the groups, all within a given width.
///
/// Widths are display widths (`wcwidth`), so Arabic, Tigrinya and CJK labels line up. Every text
/// from the summary passes through `TerminalText.safe` (control and bidi-override characters are
/// shown as their code, never obeyed). A hidden count shows the vocabulary's hidden mark and no
/// bar; nothing here adds, subtracts or divides a count in a way that could reveal a hidden one:
/// bars are scaled to the largest *shown* count of their table.
public enum TextReport {
  /// The narrowest width laid out; a smaller width is treated as this one.
  public static let minimumWidth = 32

  /// The widest bar drawn, in columns, however wide the terminal.
  public static let maximumBarWidth = 40

  /// The summary as terminal text.
  ///
  /// - Parameters:
  ///   - summary: The summary, with small counts already hidden.
  ///   - vocabulary: The fixed words, in the reader's language.
  ///   - width: The terminal's width in columns; no line is longer (down to ``minimumWidth``).
  ///   - color: Whether to print headings bold; `false` prints no escape code at all (for
  ///     `NO_COLOR` and output that is not a terminal).
  /// - Returns: The text, lines ending in a newline.
  public static func render(
    _ summary: CohortSummary, vocabulary: ReportVocabulary, width: Int, color: Bool
  ) -> String {
    let style = Style(width: max(width, minimumWidth), color: color)
    var lines: [String] = []
    lines += style.heading(vocabulary.title)
    lines += style.wrapped(vocabulary.cohort + ": " + TerminalText.escaped(summary.cohort))
    if summary.audience == .internal { lines += style.banner(vocabulary.internalBanner) }
    if summary.isSynthetic {
      lines += style.banner(vocabulary.syntheticBanner)
    }
    lines += style.wrapped(ReportVocabulary.filled(vocabulary.madeAt, text: summary.madeAtText))
    lines += style.wrapped(ReportVocabulary.filled(vocabulary.surveyLine, text: summary.survey))
    lines += style.wrapped(
      vocabulary.participants + ": " + text(of: summary.participants, vocabulary: vocabulary))
    lines.append("")
    lines += style.heading(vocabulary.overview)
    lines += overviewLines(summary, vocabulary: vocabulary, style)
    lines.append("")
    lines += style.heading(vocabulary.details)
    for table in summary.tables {
      lines.append("")
      lines += style.heading(table.title)
      lines += tableLines(table, vocabulary: vocabulary, minimumCell: summary.minimumCell, style)
    }
    lines.append("")
    lines += style.heading(vocabulary.groups)
    lines += groupLines(summary.groups, vocabulary: vocabulary, style)
    if SummaryFigures.hasReviewMark(summary) {
      lines.append("")
      lines += style.wrapped(vocabulary.reviewLegend)
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// The overview: each table as one line of items, or as a line per row, count first.
  private static func overviewLines(
    _ summary: CohortSummary, vocabulary: ReportVocabulary, _ style: Style
  ) -> [String] {
    var lines: [String] = []
    for table in summary.overview {
      let rows = SummaryFigures.overviewRows(of: table)
      guard !rows.isEmpty else { continue }
      let base = ReportVocabulary.filled(
        vocabulary.percentBase, text: text(of: table.total, vocabulary: vocabulary))
      if SummaryFigures.isInline(table) {
        let items = rows.map { row in
          flattened(row.label) + " " + figure(row.count, of: table.total, vocabulary: vocabulary)
        }
        lines += style.wrapped(
          flattened(table.title) + " (" + base + "): " + items.joined(separator: " · "),
          indent: "  ")
        continue
      }
      if table.id == SummaryTopic.interpreterBookings.id {
        lines += style.wrapped(flattened(table.title) + ":", indent: "  ")
        for line in SummaryFigures.bookingLines(table, vocabulary: vocabulary) {
          lines += style.wrapped(TerminalText.safe(flattened(line)), indent: "    ")
        }
        continue
      }
      lines += style.wrapped(flattened(table.title) + " (" + base + "):", indent: "  ")
      let figures = rows.map { figure($0.count, of: table.total, vocabulary: vocabulary) }
      let width = figures.map(DisplayWidth.of).max() ?? 0
      for (row, figure) in zip(rows, figures) {
        let padded = String(repeating: " ", count: width - DisplayWidth.of(figure)) + figure
        lines += style.wrapped(padded + "  " + flattened(row.label), indent: "    ")
      }
    }
    if let section = summary.groups {
      let sizes = section.groups.compactMap(\.size.value)
      let (smallest, largest) = (sizes.min() ?? 0, sizes.max() ?? 0)
      let range =
        sizes.isEmpty ? "" : smallest == largest ? " (\(smallest))" : " (\(smallest)–\(largest))"
      lines += style.wrapped(
        vocabulary.groups + ": " + String(section.groups.count) + range + " · "
          + vocabulary.groupsLine(for: section), indent: "  ")
      if let line = SummaryFigures.unplacedLine(section, vocabulary: vocabulary) {
        lines += style.wrapped(TerminalText.safe(line), indent: "  ")
      }
    }
    return lines
  }

  /// A count with its percentage of the total: "12 (25 %)".
  static func figure(_ count: CellCount, of total: CellCount, vocabulary: ReportVocabulary)
    -> String
  {
    let number = text(of: count, vocabulary: vocabulary)
    guard let percent = SummaryFigures.percent(count, of: total) else { return number }
    return number + " (" + percent + ")"
  }

  /// A count as the reader sees it: the number, or the hidden mark, safe to print.
  static func text(of count: CellCount, vocabulary: ReportVocabulary) -> String {
    TerminalText.safe(vocabulary.text(of: count))
  }

  private static func tableLines(
    _ table: SummaryTable, vocabulary: ReportVocabulary, minimumCell: Int, _ style: Style
  ) -> [String] {
    let indent = "  "
    let gap = "  "
    let labels = table.rows.map { TerminalText.safe(flattened($0.label)) }
    let totalLabel = TerminalText.safe(flattened(vocabulary.total))
    let counts = table.rows.map { figure($0.count, of: table.total, vocabulary: vocabulary) }
    let totalCount = text(of: table.total, vocabulary: vocabulary)
    let countWidth = (counts + [totalCount]).map(DisplayWidth.of).max() ?? 0
    let fixed = indent.count + gap.count + countWidth + gap.count
    let widest = (labels + [totalLabel]).map(DisplayWidth.of).max() ?? 0
    // Labels get what they need, but leave a bar of at least a quarter of the width.
    let labelRoom = max(10, style.width - fixed - max(8, style.width / 4))
    let labelWidth = min(widest, labelRoom)
    let barWidth = min(maximumBarWidth, max(0, style.width - fixed - labelWidth))
    let largest = table.rows.compactMap(\.count.value).max() ?? 0

    func line(_ label: String, count: String, bar: String) -> [String] {
      let wrappedLabel = TextWrap.lines(label, width: labelWidth + 1)
      let first = wrappedLabel.first ?? ""
      let countCell = String(repeating: " ", count: countWidth - DisplayWidth.of(count)) + count
      var result = [
        trimmed(indent + DisplayWidth.padded(first, to: labelWidth) + gap + countCell + gap + bar)
      ]
      result += wrappedLabel.dropFirst().map { trimmed(indent + $0) }
      return result
    }

    var result: [String] = []
    for (index, row) in table.rows.enumerated() {
      let bar = row.count.value.map { bars($0, largest: largest, width: barWidth) } ?? ""
      result += line(labels[index], count: counts[index], bar: bar)
    }
    result += line(totalLabel, count: totalCount, bar: "")
    let hasHidden = table.rows.contains { $0.count == .hidden } || table.total == .hidden
    if hasHidden {
      result += style.wrapped(vocabulary.hiddenNote(minimumCell: minimumCell), indent: indent)
    }
    return result
  }

  /// A bar of `value` out of `largest` in `width` columns, in eighths of a block.
  static func bars(_ value: Int, largest: Int, width: Int) -> String {
    guard value > 0, largest > 0, width > 0 else { return "" }
    let eighths = max(1, (value * width * 8 + largest / 2) / largest)
    let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    return String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
  }

  private static func groupLines(
    _ section: GroupsSection?, vocabulary: ReportVocabulary, _ style: Style
  ) -> [String] {
    guard let section else { return style.wrapped(vocabulary.noGroups, indent: "  ") }
    var lines = style.wrapped(vocabulary.groupsLine(for: section), indent: "  ")
    for group in section.groups {
      lines.append("")
      lines += style.wrapped(flattened(group.name), indent: "  ", bold: true)
      let fields = [
        (vocabulary.groupSize, text(of: group.size, vocabulary: vocabulary)),
        (vocabulary.groupProfile, listed(group.profile)),
        (vocabulary.groupChannels, listed(group.channels)),
        (vocabulary.groupInterpreters, listed(group.interpreterLanguages)),
      ]
      for (name, value) in fields {
        lines += style.wrapped(flattened(name) + ": " + value, indent: "    ")
      }
    }
    return lines
  }

  private static func listed(_ items: [String]) -> String {
    items.isEmpty ? "–" : items.map(flattened).joined(separator: ", ")
  }

  /// Text on one line: newlines and tabs from a label become spaces.
  static func flattened(_ text: String) -> String {
    String(text.map { $0 == "\n" || $0 == "\r\n" || $0 == "\t" ? " " : $0 })
  }

  private static func trimmed(_ line: String) -> String {
    var text = Substring(line)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
