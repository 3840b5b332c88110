import KartleggCore

/// The cohort summary as tidy CSV (RFC 4180): one line per figure, for spreadsheets.
///
/// Columns: `table,title,kind,figure,key,label,count,status`. `figure` is `row` for a category
/// and `total` for the table's population (its key and label empty); `status` is `shown` or
/// `hidden`, and a hidden count is an empty field. Lines end in CRLF; a field with a comma,
/// quote or line break is quoted, quotes doubled. The groups follow as table `groups`: one row
/// per group, its name as key, its shared profile as label, its size as count. The overview's
/// tables come first (`participants.actions`, `flags.top`, `interpreter.bookings`,
/// `channels.reach`, …), after one `audience` line (figure `note`, key `internal` or `shared`,
/// the warning as label). Labels never carry the unreviewed-translation mark. See
/// `docs/summary.md`.
public enum CSVReport {
  /// The header line's fields.
  public static let columns = [
    "table", "title", "kind", "figure", "key", "label", "count", "status",
  ]

  /// Renders a summary.
  ///
  /// - Parameters:
  ///   - summary: The summary.
  ///   - vocabulary: The report's words (the internal warning).
  /// - Returns: The CSV text, header first.
  public static func render(_ summary: CohortSummary, vocabulary: ReportVocabulary) -> String {
    var records = [columns]
    let note = summary.audience == .internal ? vocabulary.internalBanner : ""
    records.append(["audience", "", "", "note", summary.audience.rawValue, note, "", "note"])
    for table in summary.overview + summary.tables {
      let title = SummaryFigures.unmarked(table.title).text
      let prefix = [table.id, title, table.kind.rawValue]
      for row in table.rows {
        let label = SummaryFigures.unmarked(row.label).text
        records.append(prefix + ["row", row.key, label] + fields(row.count))
      }
      records.append(prefix + ["total", "", ""] + fields(table.total))
    }
    if let section = summary.groups {
      let policy = SummaryFigures.unmarked(section.policy).text
      let prefix = ["groups", policy, SummaryTable.Kind.partition.rawValue]
      for group in section.groups {
        records.append(
          prefix + ["row", group.name, group.profile.joined(separator: ", ")] + fields(group.size))
      }
      for row in section.unplaced {
        records.append(
          ["groups.unplaced", vocabulary.unplaced, SummaryTable.Kind.partition.rawValue, "row"]
            + [row.key, row.label] + fields(row.count))
      }
    }
    return records.map { CSVWriter.record($0) }.joined()
  }

  private static func fields(_ count: CellCount) -> [String] {
    switch count {
    case .shown(let value): return [String(value), "shown"]
    case .hidden: return ["", "hidden"]
    }
  }
}
