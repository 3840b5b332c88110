import KartleggCore

/// The forms a cohort summary is written in.
public enum SummaryFormat: String, CaseIterable, Sendable {
  /// Aligned text for a terminal.
  case text
  /// Markdown.
  case markdown
  /// One self-contained HTML file.
  case html
  /// Tidy CSV.
  case csv
  /// `kartlegg.summary` JSON.
  case json

  /// The summary in this form.
  ///
  /// - Parameters:
  ///   - summary: The protected summary.
  ///   - vocabulary: The report's words.
  ///   - language: The reader's language (HTML `lang`).
  ///   - width: The text's width in columns.
  ///   - color: Whether text may use colour.
  /// - Returns: The document.
  public func render(
    _ summary: CohortSummary, vocabulary: ReportVocabulary, language: LanguageCode, width: Int,
    color: Bool
  ) -> String {
    switch self {
    case .json: return JSONReport.render(summary)
    case .csv: return CSVReport.render(summary, vocabulary: vocabulary)
    case .markdown: return MarkdownReport.render(summary, vocabulary: vocabulary)
    case .html:
      return HTMLReport.render(summary, vocabulary: vocabulary, language: language.rawValue)
    case .text:
      return TextReport.render(summary, vocabulary: vocabulary, width: width, color: color)
    }
  }
}
