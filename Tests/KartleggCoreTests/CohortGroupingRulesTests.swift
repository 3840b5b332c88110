import KartleggCore
import Testing

/// Who is grouped, size overrides, pins that mean "with the group's current members", and
/// profiles in words.
@Suite struct CohortGroupingRulesTests {
  private let survey: Survey
  private let policy: GroupingPolicy

  init() throws {
    var builder = try SurveyBuilder()
    builder.add(SurveyBuilder.singleChoice("consent", ["yes", "no"], line: 40))
    builder.add(SurveyBuilder.singleChoice("industry", ["care", "cleaning"], line: 44))
    policy = GroupingPolicy(
      id: "work", label: "Arbeid",
      keys: [
        GroupingKey(
          attribute: .answer("industry"), weight: 4, label: "Bransje",
          location: SurveyBuilder.at(81)),
        GroupingKey(
          attribute: .overallLevel, weight: 1, label: "Nivå", location: SurveyBuilder.at(82)),
      ],
      minimumSize: 2, maximumSize: 4, prefersSharedInterpreter: false, targetSize: 3,
      balance: GroupBalance(targetWeight: 1), location: SurveyBuilder.at(80))
    builder.groupingPolicies = [policy]
    var survey = builder.survey
    survey.groupingEligibility = try SurveyBuilder.condition("consent = 'yes'", line: 79)
    self.survey = survey
  }

  private func member(
    _ id: String, consent: OptionValue = "yes", industry: OptionValue = "care",
    level: LevelID? = "some"
  ) -> CohortMember {
    CohortMember(
      id: id, answers: ["consent": .choice(consent), "industry": .choice(industry)],
      overallLevel: level,
      channel: ChannelRecommendation(primary: nil, fallback: nil, reachable: []))
  }

  @Test func onlyAssessedParticipantsTheConditionAdmitsAreGrouped() {
    let rule = GroupingEligibility(survey: survey)
    let (grouped, excluded) = rule.split([
      member("a"), member("b", consent: "no"), member("c", level: nil), member("d"),
    ])
    #expect(grouped.map(\.id) == ["a", "d"])
    #expect(
      excluded == [
        .init(id: "b", exclusion: .conditionFails("consent = 'yes'")),
        .init(id: "c", exclusion: .notAssessed),
      ])
  }

  @Test func overridesReplaceThePolicySizesAndSaySo() throws {
    #expect(GroupSizes.of(policy) == GroupSizes(minimum: 2, maximum: 4, target: 3))
    let wider = GroupSizes.of(policy, minimum: 4, maximum: 6)
    #expect(wider == GroupSizes(minimum: 4, maximum: 6, target: 4, isOverridden: true))
    let grouping = CohortGrouping(survey: survey, policy: policy, sizes: wider)
    let plan = try grouping.plan((1...12).map { member("p\($0)") })
    #expect(plan.groups.map(\.members.count) == [4, 4, 4])
    #expect(plan.minimumSize == 4)
    #expect(plan.targetSize == 4)
    #expect(plan.sizesOverridden)
  }

  @Test func aPinToAGroupMeansWithItsCurrentMembers() throws {
    let grouping = CohortGrouping(survey: survey, policy: policy)
    let draft = [
      GroupMembership(name: "G1", members: ["a", "b", "c"]),
      GroupMembership(name: "G2", members: ["d", "e", "f"]),
    ]
    let pins = grouping.anchoredPins([CohortPin(member: "a", group: "G2")], draft: draft)
    // Room for three beside "a" under the maximum of 4.
    #expect(
      pins == [
        CohortPin(member: "a", group: "G2"), CohortPin(member: "d", group: "G2"),
        CohortPin(member: "e", group: "G2"), CohortPin(member: "f", group: "G2"),
      ])
    let members = ["a", "b", "c", "d", "e", "f"].map { member($0) }
    let plan = try grouping.plan(members, pins: pins)
    let g2 = try #require(plan.groups.first { $0.name == "G2" })
    #expect(Set(g2.members) == ["a", "d", "e", "f"])
  }

  @Test func profilesAndQualityReadInWords() throws {
    let grouping = CohortGrouping(survey: survey, policy: policy)
    let plan = try grouping.plan([
      member("a", level: "beginner"), member("b", level: "some"),
      member("c", industry: "cleaning", level: "beginner"),
    ])
    let group = try #require(plan.groups.first)
    let words = grouping.profileWords(of: group)
    #expect(words.map(\.label.text) == ["Bransje", "Nivå"])
    #expect(
      words.map(\.label.key) == [
        "policy.work.key.industry.label", "policy.work.key.overall-level.label",
      ])
    #expect(words[0].value == WordedText(key: "question.industry.option.care", text: "Svar care"))
    #expect(words[0].matching == 2)
    #expect(words[1].value == WordedText(key: "level.beginner.label", text: "Nybegynner"))
    #expect(words[1].upTo == WordedText(key: "level.some.label", text: "Litt erfaren"))
    let quality = grouping.quality(of: plan)
    #expect(quality.keys.map(\.matching) == [2, 2])
    #expect(quality.keys.map(\.members) == [3, 3])
    #expect(quality.bookings == BookingFigures(bookings: 0, languages: 0, lowerBound: 0))
  }
}
