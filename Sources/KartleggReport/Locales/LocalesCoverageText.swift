import KartleggCore
import KartleggTerminal

/// `locales check` as text: per catalogue a heading and a table of languages with their
/// reviewed, needs-review, missing and stale counts.
public struct LocalesCoverageText {
  let ui: InterfaceText

  /// Creates the text.
  ///
  /// - Parameter ui: The adviser's interface.
  public init(ui: InterfaceText) {
    self.ui = ui
  }

  /// The text.
  ///
  /// - Parameter coverage: What the check found.
  /// - Returns: The catalogues, each followed by an empty line.
  public func rendered(_ coverage: LocalesCoverage) -> String {
    var blocks: [String] = []
    for catalogue in coverage.catalogues {
      // Text from files is made safe before the table isolates names: the table's own
      // isolates must reach the terminal.
      var lines: [String] = []
      if let file = catalogue.file {
        lines.append(
          TerminalText.safe(
            ui("locales.check.survey", catalogue.name, file, catalogue.sourceCount)))
      } else {
        lines.append(TerminalText.safe(ui("locales.check.interface", catalogue.sourceCount)))
      }
      lines.append(table(catalogue.rows))
      if !catalogue.withoutFile.isEmpty {
        lines.append(
          "  "
            + TerminalText.safe(
              ui(
                "locales.check.no-file",
                catalogue.withoutFile.map(\.rawValue).joined(separator: ", "))))
      }
      blocks.append(lines.joined(separator: "\n") + "\n")
    }
    return blocks.joined(separator: "\n")
  }

  private func table(_ rows: [LocalesCoverage.Row]) -> String {
    var table = TextTable(header: [
      ui("locales.check.language"), "", ui("locales.check.reviewed"),
      ui("locales.check.needs-review"), ui("locales.check.missing"), ui("locales.check.stale"),
      ui("locales.check.status"),
    ])
    table.rightAligned = [2, 3, 4, 5]
    for row in rows {
      guard let coverage = row.coverage else {
        table.rows.append([
          row.language.rawValue, TerminalText.safe(row.name), "", "", "", "",
          ui("locales.check.source"),
        ])
        continue
      }
      let status: String
      if !coverage.isComplete {
        status = ui("locales.check.incomplete")
      } else if coverage.needsReview > 0 {
        status = ui("locales.check.unreviewed")
      } else {
        status = ui("locales.check.complete")
      }
      table.rows.append([
        row.language.rawValue, TerminalText.safe(row.name), String(coverage.reviewed),
        String(coverage.needsReview),
        String(coverage.missing), String(coverage.stale), status,
      ])
    }
    return table.rendered()
  }
}
