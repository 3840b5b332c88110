import KartleggCore

extension HTMLReport {
  /// Every table once: the dimension levels as one matrix where they share their rows, each
  /// other table with its bars in its cells.
  static func detailSections(_ summary: CohortSummary, vocabulary: ReportVocabulary) -> [String] {
    var lines = [
      "<section class=\"details\" aria-labelledby=\"details\">",
      "<h2 id=\"details\">\(HTMLText.escaped(vocabulary.details))</h2>",
      "<div class=\"grid\">",
    ]
    let dimensions = summary.tables.filter { $0.id.hasPrefix("levels.dimension.") }
    var matrixDone = false
    for (index, table) in summary.tables.enumerated() {
      if table.id.hasPrefix("levels.dimension."), isMatrix(dimensions) {
        if !matrixDone {
          lines +=
            ["<div class=\"wide\">"] + matrix(dimensions, vocabulary: vocabulary) + ["</div>"]
        }
        matrixDone = true
        continue
      }
      lines.append("<div>")
      lines += barTable(table, id: "table-\(index + 1)", vocabulary: vocabulary)
      if table.rows.contains(where: { $0.count == .hidden }) || table.total == .hidden {
        lines.append(
          "<p class=\"note\">"
            + HTMLText.escaped(vocabulary.hiddenNote(minimumCell: summary.minimumCell)) + "</p>")
      }
      lines.append("</div>")
    }
    lines += ["</div>", "</section>"]
    return lines
  }

  /// Whether tables share their row keys, so they read as one matrix.
  private static func isMatrix(_ tables: [SummaryTable]) -> Bool {
    guard let first = tables.first, tables.count > 1 else { return false }
    return tables.allSatisfy { $0.rows.map(\.key) == first.rows.map(\.key) }
  }

  /// One table: label, count, percentage and a bar scaled to the largest shown count.
  private static func barTable(_ table: SummaryTable, id: String, vocabulary: ReportVocabulary)
    -> [String]
  {
    let largest = table.rows.compactMap(\.count.value).max() ?? 0
    var lines = [
      "<table class=\"bars\" aria-labelledby=\"\(id)\">",
      "<caption id=\"\(id)\">\(HTMLText.isolated(table.title))</caption>",
      "<tbody>",
    ]
    for row in table.rows {
      lines.append(
        "<tr><th scope=\"row\">\(HTMLText.isolated(row.label))</th>"
          + countCells(row.count, of: table.total, vocabulary: vocabulary)
          + bar(row.count, largest: largest) + "</tr>")
    }
    lines += [
      "</tbody>",
      "<tfoot><tr><th scope=\"row\">\(HTMLText.escaped(vocabulary.total))</th>"
        + "<td class=\"count\">\(count(table.total, vocabulary: vocabulary))</td>"
        + "<td></td><td></td></tr></tfoot>",
      "</table>",
    ]
    return lines
  }

  /// A bar cell: a bar for a shown count, hatched for a hidden one, empty for zero.
  private static func bar(_ value: CellCount, largest: Int) -> String {
    guard let value = value.value else {
      return "<td class=\"bar hidden-bar\" aria-hidden=\"true\"></td>"
    }
    guard value > 0, largest > 0 else { return "<td class=\"bar\" aria-hidden=\"true\"></td>" }
    let share = (value * 1000 / largest + 5) / 10
    return "<td class=\"bar\" aria-hidden=\"true\"><span style=\"inline-size: \(share)%\"></span>"
      + "</td>"
  }

  /// Tables with the same rows as one matrix: a row per table, a column per category.
  private static func matrix(_ tables: [SummaryTable], vocabulary: ReportVocabulary) -> [String] {
    guard let first = tables.first else { return [] }
    var header = "<tr><td></td>"
    for row in first.rows { header += "<th scope=\"col\">\(HTMLText.isolated(row.label))</th>" }
    header += "<th scope=\"col\">\(HTMLText.escaped(vocabulary.total))</th></tr>"
    var lines = [
      "<table class=\"matrix\">", "<thead>", header, "</thead>", "<tbody>",
    ]
    for table in tables {
      var line = "<tr><th scope=\"row\">\(HTMLText.isolated(table.title))</th>"
      for row in table.rows {
        let hidden = row.count == .hidden ? " hidden-count" : ""
        let percent =
          SummaryFigures.percent(row.count, of: table.total).map {
            " <small>(" + HTMLText.escaped($0) + ")</small>"
          } ?? ""
        line +=
          "<td class=\"count\(hidden)\">" + count(row.count, vocabulary: vocabulary) + percent
          + "</td>"
      }
      line += "<td class=\"count\">\(count(table.total, vocabulary: vocabulary))</td></tr>"
      lines.append(line)
    }
    lines += ["</tbody>", "</table>"]
    return lines
  }

  /// The groups as one table: name, size, what they share, channels, interpreters.
  static func groupsSection(_ section: GroupsSection?, vocabulary: ReportVocabulary) -> [String] {
    var lines = [
      "<section class=\"groups\" aria-labelledby=\"groups\">",
      "<h2 id=\"groups\">\(HTMLText.escaped(vocabulary.groups))</h2>",
    ]
    guard let section else {
      return lines + ["<p>\(HTMLText.escaped(vocabulary.noGroups))</p>", "</section>"]
    }
    let word = section.state == .accepted ? vocabulary.groupsAccepted : vocabulary.groupsSuggested
    lines.append(
      "<p class=\"policy\">"
        + ReportVocabulary.filled(HTMLText.escaped(word), text: HTMLText.isolated(section.policy))
        + "</p>")
    guard !section.groups.isEmpty else { return lines + ["</section>"] }
    let headings = [
      vocabulary.groupName, vocabulary.groupSize, vocabulary.groupProfile,
      vocabulary.groupChannels, vocabulary.groupInterpreters,
    ]
    lines += [
      "<table class=\"group-list\">",
      "<thead><tr>"
        + headings.map { "<th scope=\"col\">\(HTMLText.escaped($0))</th>" }.joined()
        + "</tr></thead>",
      "<tbody>",
    ]
    for group in section.groups {
      lines.append(
        "<tr><th scope=\"row\">\(HTMLText.isolated(group.name))</th>"
          + "<td class=\"count\">\(count(group.size, vocabulary: vocabulary))</td>"
          + "<td>\(listed(group.profile))</td><td>\(listed(group.channels))</td>"
          + "<td>\(listed(group.interpreterLanguages))</td></tr>")
    }
    lines += ["</tbody>", "</table>", "</section>"]
    return lines
  }
}
