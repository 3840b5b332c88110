import KartleggCore

/// Figures every summary format shows the same way: percentages of a table's total, the
/// overview's lines, and whether a text carries the unreviewed-translation mark.
public enum SummaryFigures {
  /// The mark an unreviewed translation ends with.
  public static let reviewMark = "†"

  /// A count as a whole percentage of its table's total ("25 %"), when both are shown and
  /// neither is zero.
  ///
  /// - Parameters:
  ///   - count: The count.
  ///   - total: The table's total.
  /// - Returns: The percentage, or `nil`.
  public static func percent(_ count: CellCount, of total: CellCount) -> String? {
    guard let value = count.value, value > 0, let base = total.value, base > 0 else { return nil }
    return String((value * 100 + base / 2) / base) + " %"
  }

  /// Overview tables drawn as one line of `label count (percent)` items; the others are drawn
  /// as a line per row, count first.
  ///
  /// - Parameter table: An overview table.
  /// - Returns: Whether it is drawn inline.
  public static func isInline(_ table: SummaryTable) -> Bool {
    table.id == SummaryTopic.overallLevels.id || table.id == SummaryTopic.channelReach.id
  }

  /// The rows an overview shows: actions and bookings only where someone is in them.
  ///
  /// - Parameter table: An overview table.
  /// - Returns: The rows to show.
  public static func overviewRows(of table: SummaryTable) -> [SummaryRow] {
    switch table.id {
    case SummaryTopic.actions.id, SummaryTopic.interpreterBookings.id:
      return table.rows.filter { $0.count != .shown(0) }
    default:
      return table.rows.filter {
        $0.key != CohortStatistics.notRecordedKey || $0.count != .shown(0)
      }
    }
  }

  /// The line of participants in no group: "Not placed: 4 not yet informed · 2 intake not
  /// finished", rows with nobody left out; `nil` when nobody is left out.
  ///
  /// - Parameters:
  ///   - section: The groups.
  ///   - vocabulary: The report's words.
  /// - Returns: The line, unescaped.
  public static func unplacedLine(_ section: GroupsSection, vocabulary: ReportVocabulary)
    -> String?
  {
    let rows = section.unplaced.filter { $0.count != .shown(0) }
    guard !rows.isEmpty else { return nil }
    return vocabulary.unplaced + ": "
      + rows.map { vocabulary.text(of: $0.count) + " " + $0.label }.joined(separator: " · ")
  }

  /// The interpreter bookings by language: each language with how many need it and its modes
  /// with their counts ("Arabic 9: phone 6 · in person 3"). Rows are `language/mode` keys with
  /// `language · mode` labels, grouped as they come (most needed language first).
  ///
  /// - Parameters:
  ///   - table: The `interpreter.bookings` table.
  ///   - vocabulary: The report's words.
  /// - Returns: One line per language, unescaped.
  public static func bookingLines(_ table: SummaryTable, vocabulary: ReportVocabulary)
    -> [String]
  {
    var lines: [(language: String, label: String, total: Int, modes: [String])] = []
    for row in table.rows where row.count != .shown(0) {
      let language = String(row.key.split(separator: "/").first ?? "")
      let parts = row.label.components(separatedBy: " · ")
      let mode = parts.count > 1 ? parts.dropFirst().joined(separator: " · ") : row.label
      let item = mode + " " + vocabulary.text(of: row.count)
      if lines.last?.language == language {
        lines[lines.count - 1].total += row.count.value ?? 0
        lines[lines.count - 1].modes.append(item)
      } else {
        lines.append((language, parts.first ?? row.label, row.count.value ?? 0, [item]))
      }
    }
    return lines.map { "\($0.label) \($0.total): " + $0.modes.joined(separator: " · ") }
  }

  /// Whether any title or label of the summary carries the unreviewed-translation mark.
  ///
  /// - Parameter summary: The summary.
  /// - Returns: Whether the legend is needed.
  public static func hasReviewMark(_ summary: CohortSummary) -> Bool {
    var texts: [String] = []
    for table in summary.overview + summary.tables {
      texts.append(table.title)
      texts += table.rows.map(\.label)
    }
    if let section = summary.groups {
      texts.append(section.policy)
      for group in section.groups {
        texts += group.profile
        texts += group.channels
        texts += group.interpreterLanguages
      }
    }
    return texts.contains { $0.contains(reviewMark) }
  }

  /// A text without the unreviewed-translation mark, for CSV and JSON values.
  ///
  /// - Parameter text: A title or label.
  /// - Returns: The text without a trailing mark, and whether it had one.
  public static func unmarked(_ text: String) -> (text: String, reviewed: Bool) {
    guard text.hasSuffix(reviewMark) else { return (text, true) }
    var trimmed = Substring(text.dropLast(reviewMark.count))
    while trimmed.last == " " { trimmed = trimmed.dropLast() }
    return (String(trimmed), false)
  }
}
