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

  /// The section and each grouped participant's group, or `nil` when the cohort has no plan.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - members: The cohort's assessed participants, as loaded for the summary.
  /// - Returns: The section and the placement.
  /// - Throws: What the store throws, or a survey that cannot be loaded.
  func section(cohort: String, members: [CohortMember]) throws
    -> (section: GroupsSection, placement: [ParticipantID: String])?
  {
    guard let stored = try store.groupPlan(cohort: cohort) else { return nil }
    let survey = try surveys.loadKept(stored.plan.surveyHash, from: store)
    guard let policy = survey.groupingPolicies.first(where: { $0.id == stored.plan.policy })
    else { return nil }
    let plan = CohortGrouping(survey: survey, policy: policy).describe(
      stored.groups.map { GroupMembership(name: $0.name, members: $0.members.map(\.rawValue)) },
      members: members)
    let texts = try context.adviserTexts(survey)
    let words = CohortGroupsText(policy: policy, texts: texts, ui: context.ui)
    let rule = GroupDisclosure(control: control)
    let groups = zip(plan.groups, rule.sizes(of: plan)).map { group, size in
      GroupOverview(
        name: group.name, size: size,
        profile: rule.nameableAgreements(of: group).map { index in
          words.value(group.profile.agreements[index].value, of: policy.keys[index].attribute)
        },
        channels: group.channels.channels.map { channel in
          counted(texts("channel.\(channel).label"), group.channels.reach[channel] ?? 0)
        },
        interpreterLanguages: rule.nameableInterpreters(of: group).map {
          counted(texts.languageName($0.language), $0.members)
        })
    }
    /// A name with how many it concerns, when that count may be shown.
    func counted(_ name: String, _ count: Int) -> String {
      guard let shown = control.protect(count).value else { return name }
      let label = SummaryFigures.unmarked(name)
      return "\(label.text) \(shown)" + (label.reviewed ? "" : " " + SummaryFigures.reviewMark)
    }
    var placement: [ParticipantID: String] = [:]
    for group in stored.groups {
      for member in group.members { placement[member] = group.name }
    }
    let section = GroupsSection(
      state: stored.state == .accepted ? .accepted : .suggested,
      policy: texts("policy.\(policy.id).label"), groups: groups)
    return (section, placement)
  }
}
