import KartleggCore
import KartleggReport
import KartleggStore
import KartleggTerminal

/// The `participants show` and `participants export` use cases: everything stored about one
/// participant (the access is audit-logged), with each result's parts labelled by the survey
/// its intake ran under.
public struct ShowParticipant {
  let context: AppContext
  let store: any KartleggStorage

  /// One participant as shown.
  public struct Shown: Sendable {
    /// Everything stored.
    public var export: ParticipantExport
    /// Per intake (same order as the export's), the result's parts labelled; empty when not
    /// assessed.
    public var parts: [[ReviewPart]]
  }

  /// Creates the use case.
  ///
  /// - Parameters:
  ///   - context: Resources, interface language and actor.
  ///   - store: The store.
  public init(context: AppContext, store: any KartleggStorage) {
    self.context = context
    self.store = store
  }

  /// Everything stored about a participant.
  ///
  /// - Parameter id: The participant's id as typed.
  /// - Returns: The export.
  /// - Throws: ``AppError``: 65 for an unknown id.
  public func export(_ id: String) throws(AppError) -> ParticipantExport {
    let found = try AppError.mapping {
      try store.export(PseudonymousID.normalised(id), actor: context.actor)
    }
    guard let found else { throw AppError(.dataError, "participants.unknown", id) }
    return found
  }

  /// The participant with labelled results.
  ///
  /// - Parameter id: The participant's id as typed.
  /// - Returns: What to show.
  /// - Throws: ``AppError``: 65 for an unknown id.
  public func run(_ id: String) throws(AppError) -> Shown {
    let export = try export(id)
    let surveys = try context.surveys()
    var parts: [[ReviewPart]] = []
    for entry in export.intakes {
      guard let result = entry.result else {
        parts.append([])
        continue
      }
      let survey = try surveys.loadKept(entry.intake.surveyHash, from: store)
      let texts = try context.adviserTexts(survey)
      parts.append(ResultParts(survey: survey, texts: texts, ui: context.ui).review(result))
    }
    return Shown(export: export, parts: parts)
  }
}
