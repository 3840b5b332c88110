import KartleggCore
import KartleggReport
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
    ///
    /// - Parameter ui: The adviser's interface.
    /// - Returns: The message.
    public func message(ui: InterfaceText) -> AppMessage {
      switch self {
      case .noneAssessed(let cohort): return .key("groups.error.no-assessed", cohort)
      case .cannotGroup(let cohort, let problem):
        return .key(
          "groups.error.cannot-group", cohort, GroupingProblemText.text(problem, ui: ui))
      }
    }
  }

  /// Plans the cohort and stores the draft.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - requested: The policy's id; `nil` for the survey's first.
  ///   - sizes: Group sizes the adviser asked for instead of the policy's.
  /// - Returns: The plan to show.
  /// - Throws: ``AppError``; a plan that cannot be made is exit 65 with the planner's reason.
  public func run(
    cohort: String, policy requested: String?, sizes: SizeOverrides = SizeOverrides()
  ) throws(AppError) -> CohortGroupsView {
    switch try attempt(cohort: cohort, policy: requested, sizes: sizes) {
    case .success(let view): return view
    case .failure(let refusal):
      throw AppError(.dataError, [AppProblem(refusal.message(ui: context.ui))])
    }
  }

  /// Plans the cohort and stores the draft, or says why no plan can be made, apart from every
  /// other failure.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - requested: The policy's id; `nil` for the survey's first.
  ///   - overrides: Group sizes the adviser asked for instead of the policy's.
  /// - Returns: The plan, or why no plan can be made.
  /// - Throws: ``AppError`` for every other failure (store, files, unknown policy).
  public func attempt(
    cohort: String, policy requested: String?, sizes overrides: SizeOverrides = SizeOverrides()
  ) throws(AppError) -> Result<CohortGroupsView, Refusal> {
    let surveys = try context.surveys()
    let stored = try AppError.mapping { try store.groupConstraints(cohort: cohort) }
    let loaded = try AppError.mapping {
      try AssessedCohort.load(cohort: cohort, store: store, surveys: surveys)
    }
    guard let assessed = loaded else { return .failure(.noneAssessed(cohort: cohort)) }
    let policy = try GroupingPolicyChoice.policy(requested, in: assessed.survey)
    let (members, excluded) = GroupingEligibility(survey: assessed.survey).split(assessed.members)
    guard !members.isEmpty else { return .failure(.noneAssessed(cohort: cohort)) }
    let sizes = GroupSizes.of(
      policy, minimum: overrides.minimum, maximum: overrides.maximum, target: overrides.target)
    let grouping = CohortGrouping(survey: assessed.survey, policy: policy, sizes: sizes)
    let applying = stored.applying(to: policy.id)
    let draftNow = try AppError.mapping { try store.groupPlan(cohort: cohort, state: .draft) }
    let pins = grouping.anchoredPins(
      applying.constraints.pins.sorted { $0.key < $1.key }.map {
        CohortPin(member: $0.key.rawValue, group: $0.value)
      },
      draft: draftNow.map { stored in
        stored.plan.policy == policy.id
          ? stored.groups.map {
            GroupMembership(name: $0.name, members: $0.members.map(\.rawValue))
          } : []
      } ?? [])
    let plan: CohortPlan
    do {
      plan = try grouping.plan(
        members, pins: pins,
        apart: applying.constraints.apart.map {
          CohortApartPair($0.first.rawValue, $0.second.rawValue)
        })
    } catch {
      return .failure(.cannotGroup(cohort: cohort, error))
    }
    let draft = GroupPlanDraft(
      policy: policy.id, surveyHash: assessed.surveyHash, minimumSize: sizes.minimum,
      maximumSize: sizes.maximum,
      groups: plan.groups.map { group in
        StoredGroup(name: group.name, members: group.members.map { ParticipantID($0) })
      })
    try AppError.mapping { try store.saveDraft(draft, cohort: cohort, actor: context.actor) }
    var status = [context.ui("groups.saved-draft", cohort)]
    if sizes.isOverridden {
      status.append(
        context.ui(
          "groups.sizes-overridden", sizes.minimum, sizes.maximum,
          sizes.target.map(String.init) ?? "–"))
    }
    if !applying.carriedOverPins.isEmpty || !applying.carriedOverPairs.isEmpty {
      status.append(
        context.ui(
          "groups.constraints-carried-over", applying.carriedOverPins.count,
          applying.carriedOverPairs.count))
    }
    if !applying.otherPolicyPins.isEmpty || !applying.otherPolicyPairs.isEmpty {
      status.append(
        context.ui(
          "groups.constraints-other-policy", applying.otherPolicyPins.count,
          applying.otherPolicyPairs.count))
    }
    return .success(
      CohortGroupsView(
        cohort: cohort, plan: plan, survey: assessed.survey, policy: policy, state: .draft,
        surveyHash: assessed.surveyHash, status: status,
        notPlaced: assessed.notAssessed + excluded.map { ParticipantID($0.id) },
        excluded: NotGrouped.of(
          assessed: assessed, excluded: excluded,
          notInformed: try AppError.mapping {
            try NotGrouped.notInformed(cohort: cohort, in: store)
          }),
        texts: try context.adviserTexts(assessed.survey)))
  }
}
