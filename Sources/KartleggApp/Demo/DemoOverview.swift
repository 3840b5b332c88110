import KartleggCore
import KartleggReport

/// What the demo prints of the cohort's summary: the text report as `kartlegg summary` prints
/// it, up to its detailed tables — the header and the overview (status with actions, levels,
/// top needs, interpreter bookings, channel reach, groups).
public enum DemoOverview {
  /// The summary's header and overview as terminal text.
  ///
  /// - Parameters:
  ///   - made: The summary.
  ///   - language: The reader's language.
  ///   - width: The terminal's width.
  /// - Returns: The text, lines ending in a newline.
  public static func text(
    of made: SummarizeCohort.Summary, language: LanguageCode, width: Int
  ) -> String {
    let full = SummaryFormat.text.render(
      made.summary, vocabulary: made.vocabulary, language: language,
      width: width, color: false)
    let lines = full.split(separator: "\n", omittingEmptySubsequences: false)
    let details = made.vocabulary.details
    guard !details.isEmpty, let end = lines.firstIndex(where: { $0 == details }) else {
      return full
    }
    var kept = Array(lines[..<end])
    while kept.last?.isEmpty == true { kept.removeLast() }
    return kept.joined(separator: "\n") + "\n"
  }
}
