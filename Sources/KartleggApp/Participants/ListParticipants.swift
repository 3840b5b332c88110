import KartleggCore
import KartleggReport
import KartleggStore

/// The `participants list` use case: ids, cohorts, intake status and level in force; names only
/// when asked, and then the access is audit-logged.
public struct ListParticipants {
  let context: AppContext
  let store: any KartleggStorage

  /// One row, labelled for the adviser.
  public typealias Row = ParticipantsTable.Row

  /// Creates the use case.
  ///
  /// - Parameters:
  ///   - context: Resources, interface language and actor.
  ///   - store: The store.
  public init(context: AppContext, store: any KartleggStorage) {
    self.context = context
    self.store = store
  }

  /// The rows, in registration order.
  ///
  /// - Parameters:
  ///   - cohort: Only this cohort, when given.
  ///   - names: Whether to include names (audit-logged).
  /// - Returns: The rows.
  /// - Throws: ``AppError``.
  public func run(cohort: String?, names: Bool) throws(AppError) -> [Row] {
    let surveys = try context.surveys()
    let standard = try surveys.load(surveys.standardSurvey)
    let texts = try context.adviserTexts(standard)
    var labels: [String: String] = [:]
    for level in standard.levels { labels[level.id.rawValue] = texts.level(level.id) }
    let participants = try AppError.mapping {
      let participants = try store.participants(cohort: cohort, includeNames: names)
      if names { try store.noteNamesListed(cohort: cohort, actor: context.actor) }
      return participants
    }
    return participants.map { participant in
      Row(participant: participant, levelLabel: participant.level.map { labels[$0] ?? $0 })
    }
  }
}
