import KartleggCore
import Testing

@Suite struct GroupingConstraintTests {
  /// 6 care then 6 food, groups of exactly 6.
  private func twoIndustries() -> GroupingRequest {
    cohort(same(6, "care") + same(6, "food"), minimum: 6, maximum: 6)
  }

  @Test func apartPairIsSplitAtTheLeastCost() throws {
    var request = twoIndustries()
    request.apart = [.init(0, 1)]
    let plan = try GroupPlanner.plan(for: request)
    let groupOf = Dictionary(
      uniqueKeysWithValues: plan.groups.flatMap { group in group.members.map { ($0, group.name) } })
    #expect(groupOf[0] != groupOf[1])
    #expect(plan.keyMatches[0] == 10)
  }

  @Test func pinsNameGroupsAndPlaceMembers() throws {
    var request = twoIndustries()
    request.pins = [.init(member: 0, group: "Morning"), .init(member: 6, group: "Evening")]
    let plan = try GroupPlanner.plan(for: request)
    #expect(plan.groups.map(\.name) == ["Morning", "Evening"])
    #expect(plan.groups[0].members == Array(0..<6))
    #expect(plan.score == 1)
  }

  @Test func pinsWinOverTheScore() throws {
    var request = twoIndustries()
    request.pins = [.init(member: 0, group: "Evening"), .init(member: 6, group: "Evening")]
    let plan = try GroupPlanner.plan(for: request)
    let evening = try #require(plan.groups.first { $0.name == "Evening" })
    #expect(evening.members.contains(0) && evening.members.contains(6))
    #expect(plan.groups.map(\.name).sorted() == ["Evening", "G1"])
    #expect(plan.keyMatches[0] == 10)
  }

  @Test(arguments: [
    (
      [GroupingRequest.Pin(member: 0, group: "A"), .init(member: 0, group: "B")], [],
      "participant 'p1' is pinned to several groups: 'A', 'B'"
    ),
    (
      [.init(member: 0, group: "A"), .init(member: 1, group: "A")], [.init(1, 0)],
      "participants 'p2' and 'p1' must be apart but are both pinned to group 'A'"
    ),
    (
      (0..<7).map { GroupingRequest.Pin(member: $0, group: "A") }, [],
      "7 participants are pinned to group 'A', more than the maximum group size 6"
    ),
    (
      [.init(member: 0, group: "A"), .init(member: 1, group: "B"), .init(member: 2, group: "C")],
      [], "participants are pinned to 3 groups, but there can be at most 2 groups"
    ),
    ([], [GroupingRequest.ApartPair(3, 3)], "participant 'p4' cannot be kept apart from themself"),
    ([.init(member: 12, group: "A")], [], "no participant at position 12"),
  ])
  func rejectsConflictingConstraints(
    pins: [GroupingRequest.Pin], apart: [GroupingRequest.ApartPair], message: String
  ) {
    var request = twoIndustries()
    request.pins = pins
    request.apart = apart
    #expect {
      try GroupPlanner.plan(for: request)
    } throws: { error in
      (error as? GroupingProblem)?.description == message
    }
  }

  @Test func tooManyMutuallyApartMembersAreUnsatisfiable() {
    var request = twoIndustries()
    request.apart = [.init(0, 1), .init(1, 2), .init(0, 2)]
    #expect {
      try GroupPlanner.plan(for: request)
    } throws: { error in
      guard let problem = error as? GroupingProblem, case .unsatisfiable = problem.reason else {
        return false
      }
      return problem.description.hasPrefix("no grouping within the sizes keeps '")
    }
  }

  @Test(arguments: [(0, 6), (7, 6)])
  func rejectsInvalidSizes(minimum: Int, maximum: Int) {
    #expect(throws: GroupingProblem(.invalidSizes(minimum: minimum, maximum: maximum))) {
      try GroupPlanner.plan(for: cohort(same(12, "care"), minimum: minimum, maximum: maximum))
    }
  }
}
