import KartleggReport

/// A cohort's groups as text or as `kartlegg.cohort-groups` JSON.
public enum CohortGroupsPrinting {
  /// The view in a format.
  ///
  /// - Parameters:
  ///   - view: The groups.
  ///   - isJSON: Whether to print JSON.
  ///   - ui: The adviser's interface.
  /// - Returns: The text.
  /// - Throws: What the JSON encoder throws.
  public static func rendered(_ view: CohortGroupsView, isJSON: Bool, ui: InterfaceText) throws
    -> String
  {
    let notAssessed = view.excluded.filter { $0.reason == .notAssessed }.map(\.participant)
    let notInformed = view.excluded.filter { $0.reason == .notInformed }.map(\.participant)
    let ineligible = view.excluded.filter {
      if case .conditionFails = $0.reason { return true }
      return false
    }.map(\.participant)
    if isJSON {
      return try CohortGroupsJSON(
        view.plan, cohort: view.cohort, state: view.state, surveyHash: view.surveyHash,
        notAssessed: view.excluded.isEmpty ? view.notPlaced : notAssessed,
        notGrouped: view.excluded.map { entry in
          switch entry.reason {
          case .notAssessed:
            return .init(participant: entry.participant.rawValue, reason: "not-assessed")
          case .notInformed:
            return .init(participant: entry.participant.rawValue, reason: "not-informed")
          case .conditionFails(let condition):
            return .init(
              participant: entry.participant.rawValue, reason: "condition-fails",
              condition: condition)
          }
        }
      ).encoded()
    }
    var text = CohortGroupsText(policy: view.policy, texts: view.texts, ui: ui).rendered(
      view.plan, cohort: view.cohort, status: view.status,
      notAssessed: view.excluded.isEmpty ? view.notPlaced : notAssessed)
    if !notInformed.isEmpty {
      text += "\n" + ui("groups.not-informed", notInformed.map(\.rawValue).joined(separator: " "))
    }
    if !ineligible.isEmpty {
      text += "\n" + ui("groups.not-eligible", ineligible.map(\.rawValue).joined(separator: " "))
    }
    return text
  }
}
