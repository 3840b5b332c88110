import KartleggCore
import KartleggStore

/// The cohort's groups as the leader's summary shows them: the accepted plan, else the draft,
/// described from the participants' current results. Group sizes go through disclosure control
/// as one partition; a group's shared value or interpreter language is named only when at least
/// the threshold of its members share it, so no group line points at fewer people than that.
struct SummaryGroups {
  let store: any Storage & GroupPlanStorage
  let files: SurveyFiles
  let ui: InterfaceText
  let control: DisclosureControl

  /// The section, or `nil` when the cohort has no plan.
  func section(cohort: String) throws -> GroupsSection? {
    guard let stored = try store.groupPlan(cohort: cohort) else { return nil }
    let survey = try files.loadKept(stored.plan.surveyHash, from: store)
    guard let policy = survey.groupingPolicies.first(where: { $0.id == stored.plan.policy })
    else { return nil }
    let members = try AssessedCohort.load(cohort: cohort, store: store, files: files)?.members
    let plan = CohortGrouping(survey: survey, policy: policy).describe(
      stored.groups.map { GroupMembership(name: $0.name, members: $0.members.map(\.rawValue)) },
      members: members ?? [])
    let texts = try SurveyTexts.forAdviser(survey, ui: ui, root: files.root)
    let words = CohortGroupsText(policy: policy, texts: texts, ui: ui)
    let sizes = control.protect(
      CountedTable(
        id: "groups", title: "", kind: .partition,
        rows: plan.groups.map { .init(key: $0.name, label: $0.name, count: $0.members.count) },
        total: plan.memberCount))
    let groups = zip(plan.groups, sizes.rows).map { group, size in
      GroupOverview(
        name: group.name, size: size.count,
        profile: zip(policy.keys, group.profile.agreements).compactMap { key, agreement in
          agreement.matching >= control.minimumCell && !agreement.value.isEmpty
            ? words.value(agreement.value, of: key.attribute) : nil
        },
        channels: group.channels.channels.map { texts("channel.\($0).label") },
        interpreterLanguages: group.interpreters.filter { $0.members >= control.minimumCell }
          .map { words.language($0.language) })
    }
    return GroupsSection(
      state: stored.state == .accepted ? .accepted : .suggested,
      policy: texts("policy.\(policy.id).label"), groups: groups)
  }
}
