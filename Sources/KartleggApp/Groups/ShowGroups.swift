import Foundation
import KartleggCore
import KartleggReport
import KartleggStore

/// The `groups show` use case: the accepted plan, else the draft (or the draft when asked),
/// described again from the participants' current results.
public struct ShowGroups {
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

  /// The plan to show.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - draft: Whether to show the draft even when a plan is accepted.
  /// - Returns: The plan.
  /// - Throws: ``AppError``: 65 when there is no plan.
  public func run(cohort: String, draft: Bool) throws(AppError) -> CohortGroupsView {
    let ui = context.ui
    let found = try AppError.mapping {
      try draft ? store.groupPlan(cohort: cohort, state: .draft) : store.groupPlan(cohort: cohort)
    }
    guard let stored = found else {
      throw AppError(.dataError, draft ? "groups.error.no-draft" : "groups.error.no-plan", cohort)
    }
    let surveys = try context.surveys()
    let survey = try surveys.loadKept(stored.plan.surveyHash, from: store)
    let assessed = try AppError.mapping {
      try AssessedCohort.load(cohort: cohort, store: store, surveys: surveys)
    }
    let policy = try GroupingPolicyChoice.policy(stored.plan.policy.rawValue, in: survey)
    let plan = CohortGrouping(survey: survey, policy: policy).describe(
      stored.groups.map { group in
        GroupMembership(name: group.name, members: group.members.map(\.rawValue))
      }, members: assessed?.members ?? [])
    var status = [
      stored.state == .accepted
        ? ui(
          "groups.state.accepted", stored.acceptedBy ?? "?",
          stored.acceptedAt.map { LocalTime.text($0) } ?? "?")
        : ui("groups.state.draft", stored.createdBy, LocalTime.text(stored.createdAt))
    ]
    let newerDraft = try AppError.mapping { try store.groupPlan(cohort: cohort, state: .draft) }
    if stored.state == .accepted, newerDraft != nil {
      status.append(ui("groups.state.newer-draft", cohort))
    }
    let placed = Set(plan.groups.flatMap(\.members))
    let notPlaced =
      (assessed?.notAssessed ?? [])
      + (assessed?.members ?? []).filter { !placed.contains($0.id) }.map { ParticipantID($0.id) }
    let notInformed = try AppError.mapping { try NotGrouped.notInformed(cohort: cohort, in: store) }
    let excluded = assessed.map { assessed in
      NotGrouped.of(
        assessed: assessed,
        excluded: GroupingEligibility(survey: survey).split(assessed.members).excluded,
        notInformed: notInformed)
    }
    return CohortGroupsView(
      cohort: cohort, plan: plan, survey: survey, policy: policy, state: stored.state,
      surveyHash: stored.plan.surveyHash, status: status, notPlaced: notPlaced,
      excluded: excluded ?? [], texts: try context.adviserTexts(survey))
  }
}
