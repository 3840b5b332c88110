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
  ///   - flag: Only participants whose latest result carries this flag of the survey
  ///     (`no-pc-or-tablet`: who needs a PC), when given.
  /// - Returns: The rows.
  /// - Throws: ``AppError``: 64 for a flag the survey does not define, naming the valid ones.
  public func run(cohort: String?, names: Bool, flag: String? = nil) throws(AppError) -> [Row] {
    let surveys = try context.surveys()
    let standard = try surveys.load(surveys.standardSurvey)
    if let flag, !standard.flags.contains(where: { $0.id.rawValue == flag }) {
      throw AppError(
        .usage, "participants.error.unknown-flag", flag,
        standard.flags.map(\.id.rawValue).joined(separator: ", "))
    }
    let texts = try context.adviserTexts(standard)
    var labels: [String: String] = [:]
    for level in standard.levels { labels[level.id.rawValue] = texts.level(level.id) }
    let participants = try AppError.mapping {
      let participants = try store.participants(cohort: cohort, includeNames: names)
      if names { try store.noteNamesListed(cohort: cohort, actor: context.actor) }
      return participants
    }
    var listed = participants
    if let flag {
      listed = try AppError.mapping {
        try participants.filter { try carries(FlagID(flag), $0.id) }
      }
    }
    return listed.map { participant in
      Row(participant: participant, levelLabel: participant.level.map { labels[$0] ?? $0 })
    }
  }

  /// Whether a participant's latest result carries a flag.
  private func carries(_ flag: FlagID, _ participant: ParticipantID) throws -> Bool {
    guard let intake = try store.latestIntake(of: participant),
      let result = try store.result(of: intake.id)
    else { return false }
    return result.assessed.flags.contains(flag)
  }
}
