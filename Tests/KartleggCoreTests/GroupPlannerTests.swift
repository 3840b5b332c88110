import KartleggCore
import Testing

/// A request with the benchmark's keys: industry 4, goal 2, level 1.
func cohort(
  _ profiles: [(industry: String, goal: String, level: String)], minimum: Int = 6,
  maximum: Int = 10
) -> GroupingRequest {
  GroupingRequest(
    keys: [
      .init(name: "industry", weight: 4), .init(name: "goal", weight: 2),
      .init(name: "level", weight: 1),
    ],
    members: profiles.enumerated().map { index, profile in
      .init(id: "p\(index + 1)", values: [profile.industry, profile.goal, profile.level])
    },
    minimumSize: minimum, maximumSize: maximum)
}

/// `count` members with one profile.
func same(
  _ count: Int, _ industry: String, goal: String = "work", level: String = "1"
) -> [(industry: String, goal: String, level: String)] {
  Array(repeating: (industry, goal, level), count: count)
}

@Suite struct GroupPlannerTests {
  @Test(arguments: [
    (1, "1 participant is fewer than the smallest group size 6"),
    (5, "5 participants are fewer than the smallest group size 6"),
    (
      11,
      "11 participants cannot be split into groups of 6 to 10: 1 group holds at most 10 and 2 "
        + "groups need at least 12"
    ),
  ])
  func rejectsCohortsNoGroupSizesFit(count: Int, message: String) {
    #expect(throws: GroupingProblem(.noGroupCount(members: count, minimum: 6, maximum: 10))) {
      try GroupPlanner.plan(for: cohort(same(count, "care")))
    }
    let problem = GroupingProblem(.noGroupCount(members: count, minimum: 6, maximum: 10))
    #expect(problem.description == message)
  }

  @Test func seventeenMembersMakeTwoGroupsOfNineAndEight() throws {
    let plan = try GroupPlanner.plan(for: cohort(same(17, "care")))
    #expect(plan.groups.map(\.members.count) == [9, 8])
    #expect(plan.groups.map(\.name) == ["G1", "G2"])
    #expect(plan.groups[0].members == Array(0..<9))
    #expect(plan.score == 1)
  }

  @Test func emptyCohortHasNoGroups() throws {
    let plan = try GroupPlanner.plan(for: cohort([]))
    #expect(plan.groups.isEmpty)
    #expect(plan.keyMatches == [0, 0, 0])
    #expect(plan.score == 1)
  }

  @Test func oneIndustryKeepsEveryoneMatchedOnIt() throws {
    var profiles: [(industry: String, goal: String, level: String)] = []
    for index in 0..<30 {
      profiles.append(("care", ["work", "education", "other"][index % 3], "\(index % 3 + 1)"))
    }
    let plan = try GroupPlanner.plan(for: cohort(profiles))
    #expect(plan.keyMatches[0] == 30)
    // Each of the three goal/level profiles has 10 members: three uniform groups of 10.
    #expect(plan.groups.map(\.members.count) == [10, 10, 10])
    #expect(plan.score == 1)
    #expect(plan.groups[0].reason == "all share industry 'care' and goal 'education' and level '2'")
  }

  /// A small cohort whose best weighted matches were worked out by hand.
  struct OptimumCase: Sendable, CustomTestStringConvertible {
    var name: String
    var profiles: [(industry: String, goal: String, level: String)]
    var optimum: Int
    var testDescription: String { name }
  }

  static let optimumCases: [OptimumCase] = {
    let careThenFood: [(industry: String, goal: String, level: String)] =
      same(8, "care") + same(5, "food") + same(1, "logistics")
    let elevenCare: [(industry: String, goal: String, level: String)] =
      same(11, "care") + same(7, "food")
    let twoProfiles: [(industry: String, goal: String, level: String)] =
      same(6, "care") + same(6, "care", goal: "education", level: "2")
    var educationPair: [(industry: String, goal: String, level: String)] = same(7, "care")
    educationPair += same(3, "care", goal: "education")
    educationPair += same(2, "food", goal: "education")
    return [
      // Two groups, at best 13 industry matches.
      OptimumCase(name: "8 care, 5 food, 1 logistics", profiles: careThenFood, optimum: 94),
      // Care cannot stay in one group of at most 10: 17 industry matches.
      OptimumCase(name: "11 care, 7 food", profiles: elevenCare, optimum: 122),
      OptimumCase(name: "two uniform profiles of 6", profiles: twoProfiles, optimum: 84),
      // One work member joins the education ones and the food pair: industry 10, goal 11.
      OptimumCase(name: "food pair joins education", profiles: educationPair, optimum: 74),
    ]
  }()

  @Test(arguments: optimumCases)
  func reachesTheKnownOptimum(_ example: OptimumCase) throws {
    let plan = try GroupPlanner.plan(for: cohort(example.profiles))
    #expect(plan.weightedMatches == example.optimum)
    #expect(plan.groups.allSatisfy { (6...10).contains($0.members.count) })
  }

  @Test(arguments: [12, 23, 37, 50])
  func everyMemberPlacedOnceWithinTheSizes(count: Int) throws {
    let plan = try GroupPlanner.plan(for: cohort(RandomCohort.profiles(count, seed: 7)))
    #expect(plan.groups.allSatisfy { (6...10).contains($0.members.count) })
    #expect(plan.groups.flatMap(\.members).sorted() == Array(0..<count))
    #expect(
      plan.keyMatches
        == plan.keyNames.indices.map { key in
          plan.groups.reduce(0) { $0 + $1.agreements[key].matching }
        })
  }

  @Test func manyValuesPerKeyUseProfilesAsLabels() throws {
    // Four keys with 30 values each: 810,000 combinations, so the labels are the 60 profiles.
    let request = GroupingRequest(
      keys: (0..<4).map { .init(name: "k\($0)", weight: 4 - $0) },
      members: (0..<60).map { member in
        .init(id: "p\(member)", values: (0..<4).map { key in "v\(member * (key + 1) % 30)" })
      }, minimumSize: 6, maximumSize: 10)
    let plan = try GroupPlanner.plan(for: request)
    #expect(plan.groups.allSatisfy { (6...10).contains($0.members.count) })
    #expect(plan.groups.flatMap(\.members).sorted() == Array(0..<60))
    // Members m and m + 30 agree on the first key: 30 pairs, at best two per group.
    #expect(plan.keyMatches[0] >= 12)
  }

  @Test func thousandsOfProfilesFallBackToSortedChunks() throws {
    // 480 members, each its own profile: 480 × 480 profile–label pairs, above the limit.
    let request = GroupingRequest(
      keys: [.init(name: "id", weight: 1), .init(name: "team", weight: 2)],
      members: (0..<480).map { .init(id: "p\($0)", values: ["\($0)", "t\($0 % 8)"]) },
      minimumSize: 6, maximumSize: 10)
    let plan = try GroupPlanner.plan(for: request)
    #expect(plan.groups.count == 48)
    #expect(plan.groups.allSatisfy { (6...10).contains($0.members.count) })
    #expect(plan.groups.flatMap(\.members).sorted() == Array(0..<480))
    #expect(plan.keyMatches[1] == 480)
  }

  @Test func sameRequestGivesTheSamePlan() throws {
    let request = cohort(RandomCohort.profiles(40, seed: 3))
    #expect(try GroupPlanner.plan(for: request) == GroupPlanner.plan(for: request))
  }

  @Test func sharedInterpreterNeverLowersTheKeyScore() throws {
    var request = cohort(RandomCohort.profiles(36, seed: 5))
    let languages = ["ar", "ti", "uk"]
    for index in request.members.indices where index % 2 == 0 {
      request.members[index].interpreterLanguage = languages[index % 3]
    }
    let without = try GroupPlanner.plan(for: request)
    request.prefersSharedInterpreter = true
    let with = try GroupPlanner.plan(for: request)
    #expect(with.weightedMatches >= without.weightedMatches)
    #expect(with.interpreterMatches >= without.interpreterMatches)
  }

  @Test func sharedInterpreterBreaksTiesBetweenEqualGroupings() throws {
    var request = cohort(same(12, "care"), minimum: 6, maximum: 6)
    for index in request.members.indices {
      request.members[index].interpreterLanguage = index % 2 == 0 ? "ar" : "ti"
    }
    let without = try GroupPlanner.plan(for: request)
    #expect(without.interpreterMatches == 6)
    request.prefersSharedInterpreter = true
    let with = try GroupPlanner.plan(for: request)
    #expect(with.interpreterMatches == 12)
    #expect(with.groups.map { $0.interpreter?.language } == ["ar", "ti"])
    #expect(with.score == 1)
  }
}

/// Seeded synthetic cohorts with the benchmark's skewed distributions.
enum RandomCohort {
  static func profiles(_ count: Int, seed: UInt64) -> [(
    industry: String, goal: String, level: String
  )] {
    var random = SplitMix64(seed: seed)
    let industries = [
      "school_sfo", "kindergarten", "care", "care", "logistics", "food", "cleaning",
    ]
    let goals = ["work", "work", "work", "education", "other"]
    return (0..<count).map { _ in
      (
        industries[Int(random.next() % UInt64(industries.count))],
        goals[Int(random.next() % UInt64(goals.count))], "\(random.next() % 3 + 1)"
      )
    }
  }
}
