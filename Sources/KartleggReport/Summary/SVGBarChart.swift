import KartleggCore

/// A horizontal bar chart of one summary table as inline SVG: each row's label above its bar, the
/// count at the bar's end.
///
/// The chart scales with the page: it has no `viewBox`, so positions across are percentages of
/// its width and text keeps its size on a phone. Bars are scaled to the largest shown count; a
/// hidden row gets the hidden mark and no bar. It is one image for assistive technology
/// (`role="img"`, labelled by its `<title>`); the same numbers stand in the table beside it.
struct SVGBarChart {
  /// The table to draw.
  var table: SummaryTable
  /// The mark of a hidden count.
  var hiddenMark: String
  /// Whether the document runs right to left: bars then grow from the right edge.
  var isRightToLeft: Bool
  /// The id of the chart's `<title>`, unique in the document.
  var titleID: String

  /// The share of the width the longest bar takes; the rest leaves room for its count.
  static let longestBar = 80.0
  /// The height of one row: a line of label, then the bar.
  static let rowHeight = 44
  /// The height of a bar.
  static let barHeight = 14

  /// The chart as an `<svg>` element.
  var markup: String {
    let largest = table.rows.compactMap(\.count.value).max() ?? 0
    let height = max(1, table.rows.count * Self.rowHeight)
    let direction = isRightToLeft ? "rtl" : "ltr"
    var lines = [
      "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(titleID)\" width=\"100%\" "
        + "height=\"\(height)\" direction=\"\(direction)\">",
      "<title id=\"\(titleID)\">\(HTMLText.escaped(description))</title>",
    ]
    for (index, row) in table.rows.enumerated() {
      lines += rowMarkup(row, top: index * Self.rowHeight, largest: largest)
    }
    lines.append("</svg>")
    return lines.joined(separator: "\n")
  }

  /// What the chart shows, in words: the title, then each label with its count or mark.
  var description: String {
    let rows = table.rows.map { row in
      row.label + ": " + (row.count.value.map(String.init) ?? hiddenMark)
    }
    return table.title + ". " + rows.joined(separator: "; ")
  }

  private func rowMarkup(_ row: SummaryRow, top: Int, largest: Int) -> [String] {
    let labelX = isRightToLeft ? "100%" : "0"
    let direction = isRightToLeft ? "rtl" : "ltr"
    var lines = [
      "<text class=\"label\" x=\"\(labelX)\" y=\"\(top + 16)\" direction=\"\(direction)\" "
        + "text-anchor=\"start\">\(HTMLText.escaped(row.label))</text>"
    ]
    let barTop = top + 22
    let countY = barTop + Self.barHeight - 2
    guard let value = row.count.value else {
      lines.append(countText(HTMLText.escaped(hiddenMark), at: 0, y: countY))
      return lines
    }
    let share = largest > 0 ? Double(value) / Double(largest) * Self.longestBar : 0
    let width = Self.percent(share)
    if value > 0 {
      let x = isRightToLeft ? Self.percent(100 - share) : "0"
      lines.append(
        "<rect class=\"bar\" x=\"\(x)%\" y=\"\(barTop)\" width=\"\(width)%\" "
          + "height=\"\(Self.barHeight)\"/>")
    }
    lines.append(countText(String(value), at: share, y: countY))
    return lines
  }

  /// A count beside the end of a bar `share` percent long; always laid out left to right.
  private func countText(_ text: String, at share: Double, y: Int) -> String {
    let x = isRightToLeft ? Self.percent(100 - share) : Self.percent(share)
    let (offset, anchor) = isRightToLeft ? (-6, "end") : (6, "start")
    return "<text class=\"count\" x=\"\(x)%\" dx=\"\(offset)\" y=\"\(y)\" direction=\"ltr\" "
      + "text-anchor=\"\(anchor)\">\(text)</text>"
  }

  /// A percentage with at most two decimals, without a trailing `.0`.
  static func percent(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let whole = hundredths / 100
    let fraction = hundredths % 100
    if fraction == 0 { return String(whole) }
    let digits = fraction < 10 ? "0" + String(fraction) : String(fraction)
    return String(whole) + "." + (digits.hasSuffix("0") ? String(digits.dropLast()) : digits)
  }
}
