import KartleggCore
import KartleggStore

/// The `groups suggest --cohort` use case: the cohort's assessed participants grouped under a
/// survey policy with the stored pins and apart pairs, stored as the cohort's draft.
public struct SuggestGroups {
  let context: AppContext
  let store: any KartleggStorage

  /// Creates the use case.
  ///
  /// - Parameters:
  ///   - context: Resources, interface language and actor.
  ///   - store: The store.
  public init(context: AppContext, store: any KartleggStorage) {
    self.context = context
    self.store = store
  }

  /// Why no plan could be made.
  public enum Refusal: Error, Sendable {
    /// Nobody in the cohort has a result yet.
    case noneAssessed(cohort: String)
    /// The sizes, pins or pairs cannot hold; the planner says why.
    case cannotGroup(cohort: String, GroupingProblem)

    /// The refusal as the adviser reads it.
    public var message: AppMessage {
      switch self {
      case .noneAssessed(let cohort): return .key("groups.error.no-assessed", cohort)
      case .cannotGroup(let cohort, let problem):
        return .key("groups.error.cannot-group", cohort, problem.description)
      }
    }
  }

  /// Plans the cohort and stores the draft.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - requested: The policy's id; `nil` for the survey's first.
  /// - Returns: The plan to show.
  /// - Throws: ``AppError``; a plan that cannot be made is exit 65 with the planner's reason.
  public func run(cohort: String, policy requested: String?) throws(AppError) -> CohortGroupsView {
    switch try attempt(cohort: cohort, policy: requested) {
    case .success(let view): return view
    case .failure(let refusal): throw AppError(.dataError, [AppProblem(refusal.message)])
    }
  }

  /// Plans the cohort and stores the draft, or says why no plan can be made, apart from every
  /// other failure.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - requested: The policy's id; `nil` for the survey's first.
  /// - Returns: The plan, or why no plan can be made.
  /// - Throws: ``AppError`` for every other failure (store, files, unknown policy).
  public func attempt(cohort: String, policy requested: String?) throws(AppError) -> Result<
    CohortGroupsView, Refusal
  > {
    let surveys = try context.surveys()
    let constraints = try AppError.mapping { try store.groupConstraints(cohort: cohort) }
    let loaded = try AppError.mapping {
      try AssessedCohort.load(cohort: cohort, store: store, surveys: surveys)
    }
    guard let assessed = loaded else { return .failure(.noneAssessed(cohort: cohort)) }
    let policy = try GroupingPolicyChoice.policy(requested, in: assessed.survey)
    let plan: CohortPlan
    do {
      plan = try CohortGrouping(survey: assessed.survey, policy: policy).plan(
        assessed.members,
        pins: constraints.pins.sorted { $0.key < $1.key }.map {
          CohortPin(member: $0.key.rawValue, group: $0.value)
        },
        apart: constraints.apart.map { CohortApartPair($0.first.rawValue, $0.second.rawValue) })
    } catch {
      return .failure(.cannotGroup(cohort: cohort, error))
    }
    let draft = GroupPlanDraft(
      policy: policy.id, surveyHash: assessed.surveyHash, minimumSize: policy.minimumSize,
      maximumSize: policy.maximumSize,
      groups: plan.groups.map { group in
        StoredGroup(name: group.name, members: group.members.map { ParticipantID($0) })
      })
    try AppError.mapping { try store.saveDraft(draft, cohort: cohort, actor: context.actor) }
    return .success(
      CohortGroupsView(
        cohort: cohort, plan: plan, survey: assessed.survey, policy: policy, state: .draft,
        surveyHash: assessed.surveyHash, status: [context.ui("groups.saved-draft", cohort)],
        notPlaced: assessed.notAssessed, texts: try context.adviserTexts(assessed.survey)))
  }
}
