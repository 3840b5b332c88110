import KartleggApp
import KartleggReport

/// Prints a cohort's groups as text or as `kartlegg.cohort-groups` JSON.
enum CohortGroupsPrinting {
  /// The view in a format.
  ///
  /// - Parameters:
  ///   - view: The groups.
  ///   - isJSON: Whether to print JSON.
  ///   - ui: The adviser's interface.
  /// - Returns: The text.
  /// - Throws: What the JSON encoder throws.
  static func rendered(_ view: CohortGroupsView, isJSON: Bool, ui: InterfaceText) throws -> String {
    if isJSON {
      return try CohortGroupsJSON(
        view.plan, cohort: view.cohort, state: view.state, surveyHash: view.surveyHash,
        notAssessed: view.notPlaced
      ).encoded()
    }
    return CohortGroupsText(policy: view.policy, texts: view.texts, ui: ui).rendered(
      view.plan, cohort: view.cohort, status: view.status, notAssessed: view.notPlaced)
  }
}
