import KartleggCore
import KartleggStore

/// The `demo` use case: a synthetic cohort (made up from a seed, marked synthetic) registered,
/// answered, assessed and grouped, for a first look.
public struct RunDemo {
  let context: AppContext
  let store: any KartleggStorage

  /// What the demo made.
  public struct Outcome: Sendable {
    /// The synthetic participants, in registration order.
    public var participants: [ParticipantID]
    /// The cohort's name.
    public var cohort: String
    /// The suggested groups, left as a draft, or why the cohort cannot be grouped.
    public var groups: Result<CohortGroupsView, SuggestGroups.Refusal>
    /// The cohort's summary, as `kartlegg summary` makes it with its defaults (internal).
    public var summary: SummarizeCohort.Summary
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

  /// Makes the cohort, suggests its groups under the survey's first policy and summarises it.
  ///
  /// - Parameters:
  ///   - count: How many participants.
  ///   - cohort: The cohort's name; it must be new.
  ///   - seed: The seed.
  /// - Returns: What was made.
  /// - Throws: ``AppError``: 65 when the cohort exists.
  public func run(count: Int, cohort: String, seed: UInt64) throws(AppError) -> Outcome {
    let existing = try AppError.mapping {
      try store.participants(cohort: cohort, includeNames: false)
    }
    guard existing.isEmpty else { throw AppError(.dataError, "demo.error.cohort-exists", cohort) }
    let surveys = try context.surveys()
    let (survey, hash) = try surveys.keep(surveys.standardSurvey, in: store)
    let created = try AppError.mapping {
      try DemoCohort(context: context, store: store, survey: survey, surveyHash: hash)
        .create(count: count, cohort: cohort, seed: seed)
    }
    let groups = try SuggestGroups(context: context, store: store).attempt(
      cohort: cohort, policy: nil)
    let summary = try SummarizeCohort(context: context, store: store).run(cohort: cohort)
    return Outcome(participants: created, cohort: cohort, groups: groups, summary: summary)
  }
}
