import KartleggCore
import Testing

@Suite struct CohortGroupingTests {
  private let survey: Survey
  private let grouping: CohortGrouping

  init() throws {
    var builder = try SurveyBuilder()
    builder.channels.channels = [
      Channel(
        id: "whatsapp", label: "WhatsApp", servesGroups: true, location: SurveyBuilder.at(60)),
      Channel(id: "sms", label: "SMS", servesGroups: true, location: SurveyBuilder.at(61)),
      Channel(id: "phone", label: "Telefon", servesGroups: false, location: SurveyBuilder.at(62)),
    ]
    builder.groupingPolicies = [
      GroupingPolicy(
        id: "work", label: "Arbeid",
        keys: [
          GroupingKey(attribute: .answer("industry"), weight: 4, location: SurveyBuilder.at(81)),
          GroupingKey(attribute: .answer("goal"), weight: 2, location: SurveyBuilder.at(82)),
          GroupingKey(attribute: .overallLevel, weight: 1, location: SurveyBuilder.at(83)),
        ],
        minimumSize: 6, maximumSize: 10, prefersSharedInterpreter: true,
        location: SurveyBuilder.at(80))
    ]
    survey = builder.survey
    grouping = CohortGrouping(survey: survey, policy: builder.groupingPolicies[0])
  }

  private func member(
    _ id: String, _ industry: String, _ goal: String = "work", level: LevelID? = "some",
    reach: [ChannelID] = ["whatsapp"], interpreter: LanguageCode? = nil
  ) -> CohortMember {
    CohortMember(
      id: id,
      answers: ["industry": .choice(OptionValue(industry)), "goal": .choice(OptionValue(goal))],
      overallLevel: level,
      channel: ChannelRecommendation(
        primary: reach.first.map { ChannelChoice(channel: $0, rule: "r") }, fallback: nil,
        reachable: reach),
      interpreterLanguage: interpreter)
  }

  /// `count` members spread over three industries, two goals and three levels.
  private func mixed(_ count: Int) -> [CohortMember] {
    let industries = ["care", "cleaning", "logistics"]
    let goals = ["work", "education"]
    let levels: [LevelID] = ["beginner", "some", "experienced"]
    return (0..<count).map { index in
      member(
        "p\(index + 10)", industries[index * 7 % 3], goals[index * 5 % 2],
        level: levels[index % 3], interpreter: index % 4 == 0 ? "ti" : nil)
    }
  }

  @Test func describesProfileLevelRangeChannelInterpretersAndReason() throws {
    let members = [
      member("a1", "care", level: "some", interpreter: "ti"),
      member("a2", "care", level: "experienced", interpreter: "ti"),
      member("a3", "care", level: "beginner", interpreter: "ti"),
      member("a4", "care", level: "some", interpreter: "ti"),
      member("a5", "care", level: "some", reach: ["sms"], interpreter: "ar"),
      member("a6", "care", "education", level: "beginner"),
      member("a7", "care", "education", level: nil, reach: ["phone"]),
    ]
    let plan = try grouping.plan(members)
    let group = try #require(plan.groups.first)
    #expect(plan.groups.count == 1)
    #expect(group.name == "G1")
    #expect(group.members == ["a1", "a2", "a3", "a4", "a5", "a6", "a7"])
    #expect(
      group.profile.agreements == [
        KeyAgreement(key: "industry", value: "care", matching: 7),
        KeyAgreement(key: "goal", value: "work", matching: 5),
        KeyAgreement(key: "overall-level", value: "some", matching: 3),
      ])
    #expect(group.profile.lowestLevel == "beginner")
    #expect(group.profile.highestLevel == "experienced")
    #expect(group.profile.languages == ["ti", "ar"])
    #expect(
      group.interpreters == [
        InterpreterShare(language: "ti", members: 4), InterpreterShare(language: "ar", members: 1),
      ])
    #expect(group.channels.channels == ["whatsapp", "sms"])
    #expect(group.channels.reach == ["whatsapp": 5, "sms": 1])
    #expect(group.channels.unreachable == [6])
    #expect(
      group.reason.description
        == "all share industry 'care'; goal 'work' for 5 of 7; overall-level 'some' for 3 of 7; "
        + "interpreter 'ti' for 4; interpreter 'ar' for 1")
    #expect(plan.keyMatches == [7, 5, 3])
    #expect(plan.weightedMatches == 4 * 7 + 2 * 5 + 3)
  }

  @Test func theSamePlanEveryTime() throws {
    let members = mixed(23)
    let first = try grouping.plan(members, apart: [CohortApartPair("p10", "p11")])
    let second = try grouping.plan(members, apart: [CohortApartPair("p10", "p11")])
    #expect(first == second)
    #expect(first.memberCount == 23)
    #expect(first.groups.allSatisfy { (6...10).contains($0.members.count) })
  }

  @Test(arguments: [
    (1, "1 participant is fewer than the smallest group size 6"),
    (5, "5 participants are fewer than the smallest group size 6"),
    (
      11,
      "11 participants cannot be split into groups of 6 to 10: 1 group holds at most 10 and 2 "
        + "groups need at least 12"
    ),
  ])
  func impossibleCohortSizesAreExplained(count: Int, message: String) {
    #expect {
      try grouping.plan(mixed(count))
    } throws: { error in
      (error as? GroupingProblem)?.description == message
    }
  }

  @Test(arguments: [(12, [6, 6]), (17, [9, 8])])
  func cohortSizesThatFit(count: Int, sizes: [Int]) throws {
    let plan = try grouping.plan(mixed(count))
    #expect(plan.groups.map(\.members.count).sorted(by: >) == sizes)
    #expect(Set(plan.groups.flatMap(\.members)).count == count)
  }

  @Test func oneIndustryForAllGivesEveryGroupThatIndustry() throws {
    let members = (0..<17).map { member("c\($0 + 10)", "care", $0 % 3 == 0 ? "education" : "work") }
    let plan = try grouping.plan(members)
    #expect(plan.groups.count == 2)
    #expect(plan.matchShare(key: 0) == 1)
    #expect(plan.groups.allSatisfy { $0.reason.shared.first?.value == "care" })
  }

  @Test func pinsNameTheirGroupAndApartPairsAreSplit() throws {
    let members = mixed(17)
    let plan = try grouping.plan(
      members,
      pins: [CohortPin(member: "p10", group: "Morgen"), CohortPin(member: "gone", group: "X")],
      apart: [CohortApartPair("p10", "p13")])
    let morning = try #require(plan.groups.first { $0.name == "Morgen" })
    #expect(morning.members.contains("p10"))
    #expect(!morning.members.contains("p13"))
    #expect(!plan.groups.contains { $0.name == "X" })
  }

  @Test func conflictingPinsAreExplained() {
    let members = mixed(17)
    #expect {
      try grouping.plan(
        members,
        pins: [CohortPin(member: "p10", group: "A"), CohortPin(member: "p10", group: "B")])
    } throws: { error in
      (error as? GroupingProblem)?.description
        == "participant 'p10' is pinned to several groups: 'A', 'B'"
    }
    #expect {
      try grouping.plan(
        members,
        pins: [CohortPin(member: "p10", group: "A"), CohortPin(member: "p11", group: "A")],
        apart: [CohortApartPair("p10", "p11")])
    } throws: { error in
      (error as? GroupingProblem)?.description
        == "participants 'p10' and 'p11' must be apart but are both pinned to group 'A'"
    }
    #expect {
      try grouping.plan(
        members,
        pins: ["A", "B", "C"].enumerated().map { CohortPin(member: "p1\($0)", group: $1) })
    } throws: { error in
      (error as? GroupingProblem)?.description
        == "participants are pinned to 3 groups, but there can be at most 2 groups"
    }
  }

  @Test func describingEditedGroupsRecomputesQuality() throws {
    let members = (0..<12).map { member("m\($0 + 10)", $0 < 6 ? "care" : "cleaning") }
    let plan = try grouping.plan(members)
    #expect(plan.score == 1)
    var edited = plan.groups.map { GroupMembership(name: $0.name, members: $0.members) }
    let moved = edited[0].members.removeLast()
    edited[1].members.append(moved)
    edited[1].members.append("erased")
    let described = grouping.describe(edited, members: members)
    #expect(described.groups.map(\.members.count) == [5, 7])
    #expect(described.keyMatches == [11, 12, 12])
    #expect(described.groups[1].reason.partial.first?.matching == 6)
  }

  @Test func keyValuesComeFromAnswersAndLevelsInForce() {
    let plain = member("x", "food", level: nil)
    #expect(grouping.value(of: .answer("industry"), for: plain) == "food")
    #expect(grouping.value(of: .answer("missing"), for: plain) == "")
    #expect(grouping.value(of: .overallLevel, for: plain) == "")
    var levelled = plain
    levelled.dimensionLevels = ["communication": "experienced"]
    levelled.answers["langs"] = .languages(["ti", "ar"])
    #expect(grouping.value(of: .dimensionLevel("communication"), for: levelled) == "experienced")
    #expect(grouping.value(of: .answer("langs"), for: levelled) == "ar+ti")
    #expect(grouping.keyNames == ["industry", "goal", "overall-level"])
  }
}
