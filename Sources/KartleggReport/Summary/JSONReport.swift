import KartleggCore

/// The cohort summary as JSON (`kartlegg.summary/2`), for other systems.
///
/// Keys come in a fixed order; text is UTF-8 as given. `audience` says who it is for
/// (`internal`: exact counts, not to be shared; `shared`: small counts hidden, `min_cell` the
/// threshold). A hidden count is `null` with `"hidden": true` beside it, so a reader never
/// mistakes it for zero. A label never carries the unreviewed-translation mark; `reviewed:
/// false` says it is an unreviewed translation. See `docs/summary.md`.
public enum JSONReport {
  /// The schema name written into every document.
  public static let schema = "kartlegg.summary/2"

  /// Renders a summary.
  ///
  /// - Parameter summary: The protected summary.
  /// - Returns: The JSON document, ending with a newline.
  public static func render(_ summary: CohortSummary) -> String {
    var lines = [
      "{",
      "  \"schema\": \(quoted(schema)),",
      "  \"cohort\": \(quoted(summary.cohort)),",
      "  \"audience\": \(quoted(summary.audience.rawValue)),",
      "  \"made_at\": \(quoted(summary.madeAt)),",
      "  \"survey\": \(quoted(SummaryFigures.unmarked(summary.survey).text)),",
      "  \"synthetic\": \(summary.isSynthetic),",
      "  \"min_cell\": \(summary.audience == .internal ? "null" : String(summary.minimumCell)),",
      "  \"participants\": \(cell(summary.participants)),",
      "  \"overview\": [",
    ]
    for (index, table) in summary.overview.enumerated() {
      lines += tableLines(table, isLast: index == summary.overview.count - 1)
    }
    lines.append("  ],")
    lines.append("  \"tables\": [")
    for (index, table) in summary.tables.enumerated() {
      lines += tableLines(table, isLast: index == summary.tables.count - 1)
    }
    lines.append("  ],")
    lines.append("  \"groups\": \(groups(summary.groups))")
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  private static func tableLines(_ table: SummaryTable, isLast: Bool) -> [String] {
    var lines = [
      "    {",
      "      \"id\": \(quoted(table.id)),",
      "      \"title\": \(quoted(SummaryFigures.unmarked(table.title).text)),",
      "      \"kind\": \(quoted(table.kind.rawValue)),",
      "      \"total\": \(cell(table.total)),",
      "      \"rows\": [",
    ]
    for (index, row) in table.rows.enumerated() {
      let comma = index == table.rows.count - 1 ? "" : ","
      let label = SummaryFigures.unmarked(row.label)
      lines.append(
        "        {\"key\": \(quoted(row.key)), \"label\": \(quoted(label.text)), "
          + "\"reviewed\": \(label.reviewed), \(countFields(row.count))}\(comma)")
    }
    lines.append("      ]")
    lines.append(isLast ? "    }" : "    },")
    return lines
  }

  private static func groups(_ section: GroupsSection?) -> String {
    guard let section else { return "null" }
    let groups = section.groups.map { group in
      "{\"name\": \(quoted(group.name)), \"size\": \(cell(group.size)), "
        + "\"profile\": \(list(group.profile)), \"channels\": \(list(group.channels)), "
        + "\"interpreter_languages\": \(list(group.interpreterLanguages))}"
    }
    let policy = SummaryFigures.unmarked(section.policy).text
    let unplaced = section.unplaced.map { row in
      "{\"key\": \(quoted(row.key)), \"label\": \(quoted(row.label)), \(countFields(row.count))}"
    }
    return "{\"state\": \(quoted(section.state.rawValue)), \"policy\": \(quoted(policy)), "
      + "\"unplaced\": [\(unplaced.joined(separator: ", "))], "
      + "\"groups\": [\(groups.joined(separator: ", "))]}"
  }

  private static func cell(_ count: CellCount) -> String {
    "{\(countFields(count))}"
  }

  private static func countFields(_ count: CellCount) -> String {
    switch count {
    case .shown(let value): return "\"count\": \(value), \"hidden\": false"
    case .hidden: return "\"count\": null, \"hidden\": true"
    }
  }

  private static func list(_ texts: [String]) -> String {
    "[" + texts.map { quoted(SummaryFigures.unmarked($0).text) }.joined(separator: ", ") + "]"
  }

  /// A JSON string, escaped by ``JSONEscaping`` (controls, bidi formatting characters and
  /// line separators too), all else as is.
  static func quoted(_ text: String) -> String {
    JSONEscaping.quoted(text)
  }
}
