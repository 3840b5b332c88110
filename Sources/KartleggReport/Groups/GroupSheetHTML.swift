/// A teacher's sheet as one self-contained HTML5 page for A4 paper (landscape, one group per
/// page): the group's header, then one table row per member. Every text is escaped and isolated
/// in `<bdi>`, `lang` is the adviser's language; no script, and nothing outside the file.
public struct GroupSheetHTML {
  let ui: InterfaceText

  /// Creates the renderer.
  ///
  /// - Parameter ui: The adviser's interface (its language is the page's `lang`).
  public init(ui: InterfaceText) {
    self.ui = ui
  }

  /// The sheet as an HTML document.
  ///
  /// - Parameter sheet: The sheet.
  /// - Returns: The document, ending in a newline.
  public func rendered(_ sheet: GroupSheet) -> String {
    let document = DocumentLanguage(code: ui.language.rawValue)
    let title = ui("sheet.title", sheet.group, sheet.cohort)
    var lines = [
      "<!DOCTYPE html>",
      "<html lang=\"\(HTMLText.escaped(document.tag))\" dir=\"\(document.isRightToLeft ? "rtl" : "ltr")\">",
      "<head>",
      "<meta charset=\"utf-8\"/>",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
      "<title>\(HTMLText.escaped(title))</title>",
      "<style>", Self.stylesheet, "</style>",
      "</head>",
      "<body>",
      "<section class=\"sheet\">",
      "<header>",
      "<h1>" + ui("sheet.title", HTMLText.isolated(sheet.group), HTMLText.isolated(sheet.cohort))
        + "</h1>",
    ]
    if sheet.isSynthetic {
      lines.append(
        "<p class=\"synthetic\" role=\"note\"><strong>" + HTMLText.escaped(ui("summary.synthetic"))
          + "</strong></p>")
    }
    var facts = [
      HTMLText.escaped(sheet.plan),
      HTMLText.escaped(ui("sheet.made", sheet.madeAt)),
      HTMLText.escaped(ui("sheet.members", sheet.members.count)) + " · "
        + HTMLText.isolated(sheet.profile),
      sheet.channels.isEmpty
        ? HTMLText.escaped(ui("groups.channels-none"))
        : ui("groups.channels", HTMLText.isolated(sheet.channels)),
      sheet.bookings.isEmpty
        ? HTMLText.escaped(ui("sheet.bookings-none"))
        : ui("sheet.bookings", sheet.bookings.map(HTMLText.isolated).joined(separator: "; ")),
    ]
    if !sheet.unreachable.isEmpty {
      facts.append(
        ui("groups.unreachable", sheet.unreachable.map(HTMLText.isolated).joined(separator: ", ")))
    }
    lines += facts.map { "<p>" + $0 + "</p>" }
    lines += [
      "</header>", "<table>", Self.columns(dimensions: sheet.dimensions.count), "<thead>", "<tr>",
    ]
    let headings =
      ["#", ui("sheet.name") + " · " + ui("sheet.level")] + sheet.dimensions
      + [
        ui("sheet.needs"), ui("sheet.literacy"), ui("sheet.norwegian"),
        ui("sheet.interpreter") + " · " + ui("sheet.channel"),
      ]
    lines += headings.map { "<th scope=\"col\">" + HTMLText.escaped($0) + "</th>" }
    lines += ["</tr>", "</thead>", "<tbody>"]
    for (index, member) in sheet.members.enumerated() {
      var cells = [
        "<td class=\"count\">\(index + 1)</td>",
        "<th scope=\"row\">" + HTMLText.isolated(member.name) + "<br/><span class=\"level\">"
          + HTMLText.isolated(member.overallLevel) + "</span></th>",
      ]
      cells += member.levels.map { "<td class=\"level\">" + HTMLText.isolated($0) + "</td>" }
      let interpreter = member.interpreter ?? ui("sheet.no-interpreter")
      cells += [
        member.needs.isEmpty
          ? cell(ui("sheet.needs-none"))
          : "<td>" + member.needs.map(HTMLText.isolated).joined(separator: "; ") + "</td>",
        cell(member.literacy), cell(member.norwegian),
        "<td>" + HTMLText.escaped(ui("sheet.interpreter")) + ": " + HTMLText.isolated(interpreter)
          + "<br/>" + HTMLText.escaped(ui("sheet.channel")) + ": "
          + HTMLText.isolated(member.channel) + "</td>",
      ]
      lines.append("<tr>" + cells.joined() + "</tr>")
    }
    lines += ["</tbody>", "</table>", "</section>", "</body>", "</html>"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The columns' widths, in per cent of the page: the needs get what the rest leaves.
  static func columns(dimensions: Int) -> String {
    let level = dimensions == 0 ? 0 : min(7, 35 / dimensions)
    let fixed = [2, 12, 6, 7, 9]
    let needs = 100 - fixed.reduce(0, +) - level * dimensions
    let widths =
      [2, 12] + Array(repeating: level, count: dimensions) + [needs, 6, 7, 9]
    return "<colgroup>" + widths.map { "<col style=\"width: \($0)%\"/>" }.joined()
      + "</colgroup>"
  }

  private func cell(_ text: String) -> String {
    "<td>" + HTMLText.isolated(text) + "</td>"
  }

  /// The page's only stylesheet: A4 landscape, one group per page, black and white.
  static let stylesheet = """
    @page { size: A4 landscape; margin: 10mm; }
    * { box-sizing: border-box; }
    body {
      margin: 0; color: #000; background: #fff; font-size: 8pt; line-height: 1.25;
      font-family: system-ui, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic",
        "Noto Sans CJK SC", sans-serif;
    }
    .sheet { break-after: page; page-break-after: always; padding: 0.5em; }
    .sheet:last-child { break-after: auto; page-break-after: auto; }
    h1 { font-size: 13pt; margin: 0 0 0.25em; }
    header p { margin: 0.1em 0; }
    bdi { unicode-bidi: isolate; }
    .synthetic { border: 2px solid #000; padding: 0.25em 0.5em; }
    table { width: 100%; border-collapse: collapse; margin-top: 0.5em; table-layout: fixed; }
    th, td {
      border: 1px solid #999; padding: 0.15em 0.3em; text-align: start; vertical-align: top;
      overflow-wrap: break-word; hyphens: auto;
    }
    thead th { background: #eee; font-size: 7.5pt; }
    tbody th { font-weight: bold; }
    tbody td, tbody th { font-size: 7.5pt; }
    .level { font-weight: normal; overflow-wrap: normal; hyphens: manual; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    .count { text-align: end; font-variant-numeric: tabular-nums; }
    @media screen and (max-width: 40em) {
      table, thead, tbody, tr, th, td { display: block; }
      thead { display: none; }
      tr { border: 1px solid #999; margin: 0.5em 0; }
    }
    """
}
