import Foundation
import KartleggCore

/// Level names for people: a stored level id labelled by the standard survey in the adviser's
/// language. An id the survey does not know (a level of another survey) is shown as it is.
struct LevelLabels {
  private let labels: [String: String]

  init(files: SurveyFiles, ui: InterfaceText) throws {
    let survey = try files.load(files.standardSurvey)
    let texts = try SurveyTexts.forAdviser(survey, ui: ui, root: files.root)
    var labels: [String: String] = [:]
    for level in survey.levels { labels[level.id.rawValue] = texts("level.\(level.id).label") }
    self.labels = labels
  }

  func callAsFunction(_ id: String) -> String { labels[id] ?? id }
}
