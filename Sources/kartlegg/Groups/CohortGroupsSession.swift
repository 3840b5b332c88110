import Foundation
import KartleggCore
import KartleggStore

/// `groups suggest --cohort` and `groups show`: a cohort's assessed participants, grouped
/// under a survey policy or as stored, printed as text or JSON.
struct CohortGroupsSession {
  let cohort: String
  let store: any Storage & GroupPlanStorage
  let files: SurveyFiles
  let ui: InterfaceText
  let isJSON: Bool

  /// Plans the cohort under a policy with its stored pins and pairs and stores the draft.
  func suggest(policy requested: String?) throws {
    let constraints = try store.groupConstraints(cohort: cohort)
    let assessed = try loadAssessed()
    let policy = try policy(requested, in: assessed.survey)
    let grouping = CohortGrouping(survey: assessed.survey, policy: policy)
    let plan: CohortPlan
    do {
      plan = try grouping.plan(
        assessed.members,
        pins: constraints.pins.sorted { $0.key < $1.key }.map {
          CohortPin(member: $0.key.rawValue, group: $0.value)
        },
        apart: constraints.apart.map { CohortApartPair($0.first.rawValue, $0.second.rawValue) })
    } catch {
      Diagnostics.error("error: " + ui("groups.error.cannot-group", cohort, error.description))
      throw ExitStatus.dataError
    }
    try store.saveDraft(
      GroupPlanDraft(
        policy: policy.id, surveyHash: assessed.surveyHash, minimumSize: policy.minimumSize,
        maximumSize: policy.maximumSize,
        groups: plan.groups.map { group in
          StoredGroup(name: group.name, members: group.members.map { ParticipantID($0) })
        }),
      cohort: cohort, actor: Adviser.current)
    try print(
      plan, survey: assessed.survey, policy: policy, state: .draft, surveyHash: assessed.surveyHash,
      status: [ui("groups.saved-draft", cohort)], notAssessed: assessed.notAssessed)
  }

  /// Prints the accepted plan, else the draft (or the draft when asked), described again from
  /// the participants' current results.
  func show(draft: Bool) throws {
    guard
      let stored = try draft
        ? store.groupPlan(cohort: cohort, state: .draft) : store.groupPlan(cohort: cohort)
    else {
      Diagnostics.error(
        "error: " + ui(draft ? "groups.error.no-draft" : "groups.error.no-plan", cohort))
      throw ExitStatus.dataError
    }
    let survey = try files.loadKept(stored.plan.surveyHash, from: store)
    let assessed = try AssessedCohort.load(cohort: cohort, store: store, files: files)
    let policy = try policy(stored.plan.policy.rawValue, in: survey)
    let plan = CohortGrouping(survey: survey, policy: policy).describe(
      stored.groups.map { group in
        GroupMembership(name: group.name, members: group.members.map(\.rawValue))
      }, members: assessed?.members ?? [])
    var status = [
      stored.state == .accepted
        ? ui(
          "groups.state.accepted", stored.acceptedBy ?? "?",
          stored.acceptedAt?.formatted(.iso8601) ?? "?")
        : ui("groups.state.draft", stored.createdBy, stored.createdAt.formatted(.iso8601))
    ]
    if stored.state == .accepted, try store.groupPlan(cohort: cohort, state: .draft) != nil {
      status.append(ui("groups.state.newer-draft", cohort))
    }
    let placed = Set(plan.groups.flatMap(\.members))
    let notPlaced =
      (assessed?.notAssessed ?? [])
      + (assessed?.members ?? []).filter { !placed.contains($0.id) }.map { ParticipantID($0.id) }
    try print(
      plan, survey: survey, policy: policy, state: stored.state, surveyHash: stored.plan.surveyHash,
      status: status, notAssessed: notPlaced)
  }

  private func loadAssessed() throws -> AssessedCohort {
    guard let assessed = try AssessedCohort.load(cohort: cohort, store: store, files: files)
    else {
      Diagnostics.error("error: " + ui("groups.error.no-assessed", cohort))
      throw ExitStatus.dataError
    }
    return assessed
  }

  private func policy(_ requested: String?, in survey: Survey) throws -> GroupingPolicy {
    let chosen =
      requested.map { id in survey.groupingPolicies.first { $0.id.rawValue == id } }
      ?? survey.groupingPolicies.first
    guard let chosen else {
      let ids = survey.groupingPolicies.map(\.id.rawValue).joined(separator: ", ")
      Diagnostics.error(
        "error: " + ui("groups.error.unknown-policy", survey.id, requested ?? "", ids))
      throw ExitStatus.dataError
    }
    return chosen
  }

  private func print(
    _ plan: CohortPlan, survey: Survey, policy: GroupingPolicy, state: GroupPlanState,
    surveyHash: String, status: [String], notAssessed: [ParticipantID]
  ) throws {
    if isJSON {
      Swift.print(
        try CohortGroupsJSON(
          plan, cohort: cohort, state: state, surveyHash: surveyHash, notAssessed: notAssessed
        ).encoded())
      return
    }
    let texts = try SurveyTexts.forAdviser(survey, ui: ui, root: files.root)
    Swift.print(
      CohortGroupsText(policy: policy, texts: texts, ui: ui).rendered(
        plan, cohort: cohort, status: status, notAssessed: notAssessed))
  }
}
