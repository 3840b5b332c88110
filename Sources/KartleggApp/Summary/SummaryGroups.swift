import KartleggCore
import KartleggReport
import KartleggStore

/// The cohort's groups as the leader's summary shows them: the accepted plan, else the draft,
/// described from the participants' current results, under ``GroupDisclosure``.
struct SummaryGroups {
  let context: AppContext
  let store: any KartleggStorage
  let surveys: SurveyLibrary
  let control: DisclosureControl

  /// The section, or `nil` when the cohort has no plan.
  func section(cohort: String) throws -> GroupsSection? {
    guard let stored = try store.groupPlan(cohort: cohort) else { return nil }
    let survey = try surveys.loadKept(stored.plan.surveyHash, from: store)
    guard let policy = survey.groupingPolicies.first(where: { $0.id == stored.plan.policy })
    else { return nil }
    let members = try AssessedCohort.load(cohort: cohort, store: store, surveys: surveys)?.members
    let plan = CohortGrouping(survey: survey, policy: policy).describe(
      stored.groups.map { GroupMembership(name: $0.name, members: $0.members.map(\.rawValue)) },
      members: members ?? [])
    let texts = try context.adviserTexts(survey)
    let words = CohortGroupsText(policy: policy, texts: texts, ui: context.ui)
    let rule = GroupDisclosure(control: control)
    let groups = zip(plan.groups, rule.sizes(of: plan)).map { group, size in
      GroupOverview(
        name: group.name, size: size,
        profile: rule.nameableAgreements(of: group).map { index in
          words.value(group.profile.agreements[index].value, of: policy.keys[index].attribute)
        },
        channels: group.channels.channels.map { texts("channel.\($0).label") },
        interpreterLanguages: rule.nameableInterpreters(of: group).map {
          texts.languageName($0.language)
        })
    }
    return GroupsSection(
      state: stored.state == .accepted ? .accepted : .suggested,
      policy: texts("policy.\(policy.id).label"), groups: groups)
  }
}
