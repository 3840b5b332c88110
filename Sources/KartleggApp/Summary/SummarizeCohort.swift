import Foundation
import KartleggCore
import KartleggReport
import KartleggStore

/// The `summary` use case: a cohort's counts in one read and its members in another, read side
/// by side (``ConcurrentReads``), tabulated for its audience, with an overview, its groups, and
/// the words to render it in the adviser's language.
///
/// Internal summaries show exact counts and are audit-logged; shared ones hide small counts and
/// are recorded as releases, and refused when they differ from an earlier shared release by
/// fewer people than the threshold (see `docs/summary.md`).
public struct SummarizeCohort {
  let context: AppContext
  let store: any KartleggStorage
  let clock: @Sendable () -> Date

  /// A summary ready to render.
  public struct Summary: Sendable {
    /// The figures.
    public var summary: CohortSummary
    /// The words of the report.
    public var vocabulary: ReportVocabulary
  }

  /// The threshold of a shared summary unless one is given.
  public static let defaultMinimumCell = 5

  /// Creates the use case.
  ///
  /// - Parameters:
  ///   - context: Resources, interface language and actor.
  ///   - store: The store.
  ///   - clock: The time of the run.
  public init(
    context: AppContext, store: any KartleggStorage,
    clock: @escaping @Sendable () -> Date = Date.init
  ) {
    self.context = context
    self.store = store
    self.clock = clock
  }

  /// Summarises a cohort.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - audience: Who it is for.
  ///   - minimumCell: The smallest count shown in a shared summary; `nil` for the default.
  ///   - format: The output format's name, for the audit log.
  /// - Returns: The summary.
  /// - Throws: ``AppError``: 64 for a threshold under 3 or one given for an internal summary,
  ///   66 for an unknown cohort, 65 for a shared release too close to an earlier one.
  public func run(
    cohort: String, audience: SummaryAudience = .internal, minimumCell: Int? = nil,
    format: String = "text"
  ) throws(AppError) -> Summary {
    let control = try self.control(audience: audience, minimumCell: minimumCell)
    let surveys = try context.surveys()
    let store = self.store
    // The counts and the members are separate reads: they run side by side.
    let (found, assessed) = try AppError.mapping {
      try ConcurrentReads.both(
        {
          try Self.tally(
            cohort, readingStates: audience == .shared, store: store, surveys: surveys)
        },
        { try AssessedCohort.load(cohort: cohort, store: store, surveys: surveys) })
    }
    guard let (record, survey) = found else {
      throw AppError(.noInput, "summary.unknown-cohort", cohort)
    }
    let now = clock()
    let labels = SummaryLabels(
      survey: survey, texts: try context.adviserTexts(survey), ui: context.ui)
    let (summary, placement) = try AppError.mapping {
      var summary = CohortStatistics(survey: survey, labelling: labels).summary(
        of: record.tally, cohort: cohort, isSynthetic: record.isSynthetic, control: control,
        reach: assessed.map(Self.reach))
      let section = try SummaryGroups(
        context: context, store: store, surveys: surveys, control: control
      ).section(cohort: cohort, members: assessed?.members ?? [])
      summary.groups = section?.section
      if let placement = section?.placement {
        let unplaced = UnplacedCounts.rows(
          summary: summary, placed: placement.count, control: control, ui: context.ui)
        summary.groups?.unplaced = unplaced
      }
      summary.madeAt = Self.localTime(now)
      summary.madeAtText = LocalTime.text(now)
      summary.survey = labels.surveyName(version: survey.version)
      return (summary, section?.placement ?? [:])
    }
    try AppError.mapping {
      switch audience {
      case .internal:
        try store.noteSummary(
          cohort: cohort, audience: audience.rawValue, format: format, actor: context.actor)
      case .shared:
        try SummaryPopulation(states: record.states, groups: placement).release(
          cohort: cohort, minimumCell: control.minimumCell, store: store, actor: context.actor,
          at: now)
      }
    }
    return Summary(
      summary: summary, vocabulary: labels.vocabulary(minimumCell: control.minimumCell))
  }

  /// The cohort's counts with the survey of its most recent intake (the standard survey when
  /// nobody has started one), or `nil` for an unknown cohort.
  private static func tally(
    _ cohort: String, readingStates: Bool, store: any KartleggStorage, surveys: SurveyLibrary
  ) throws -> (StoredCohortTally, Survey)? {
    var survey: Survey?
    let record = try store.cohortTally(cohort, readingStates: readingStates) { definition in
      // Through the library's memo: the cohort's results and its plan ask for the same version
      // again.
      let loaded =
        try definition.map { try surveys.survey(kept: $0) }
        ?? surveys.load(surveys.standardSurvey)
      survey = loaded
      return loaded.tabulations.map(\.question)
    }
    return record.flatMap { record in survey.map { (record, $0) } }
  }

  private func control(audience: SummaryAudience, minimumCell: Int?) throws(AppError)
    -> DisclosureControl
  {
    switch audience {
    case .internal:
      guard minimumCell == nil else { throw AppError(.usage, "summary.min-cell-internal") }
      return .exact
    case .shared:
      let threshold = minimumCell ?? Self.defaultMinimumCell
      guard let control = DisclosureControl(minimumCell: threshold) else {
        throw AppError(.usage, "summary.min-cell-too-low", DisclosureControl.lowestThreshold)
      }
      return control
    }
  }

  /// A time as ISO 8601 in the local time zone, with its offset.
  static func localTime(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = .current
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }

  /// How many assessed participants each channel can reach.
  private static func reach(_ cohort: AssessedCohort) -> [ChannelID: Int] {
    var reach: [ChannelID: Int] = [:]
    for member in cohort.members {
      for channel in Set(member.channel.reachable) { reach[channel, default: 0] += 1 }
    }
    return reach
  }
}
