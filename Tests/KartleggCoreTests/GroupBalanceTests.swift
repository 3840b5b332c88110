import KartleggCore
import Testing

/// Interpreter bookings and caps, level spread and target sizes in the grouping objective.
@Suite struct GroupBalanceTests {
  /// One key (industry, weight 4); each member: industry, interpreter language, band.
  private func request(
    _ members: [(String, String?, Int?)], minimum: Int = 3, maximum: Int = 5, target: Int? = nil,
    balance: GroupBalance
  ) -> GroupingRequest {
    GroupingRequest(
      keys: [.init(name: "industry", weight: 4)],
      members: members.enumerated().map { index, member in
        .init(
          id: "p\(index + 1)", values: [member.0], interpreterLanguage: member.1, band: member.2)
      },
      minimumSize: minimum, maximumSize: maximum, targetSize: target, balance: balance)
  }

  private func languages(_ plan: GroupPlan, _ request: GroupingRequest) -> [Set<String>] {
    plan.groups.map { Set($0.members.compactMap { request.members[$0].interpreterLanguage }) }
  }

  @Test func theCapHoldsWhenSomeGroupingMeetsIt() throws {
    // Two groups of 4; languages a, b, c, d twice each: a cap of 2 per group is tight.
    let members: [(String, String?, Int?)] = [
      ("care", "a", nil), ("care", "c", nil), ("care", "a", nil), ("care", "c", nil),
      ("care", "b", nil), ("care", "d", nil), ("care", "b", nil), ("care", "d", nil),
    ]
    let request = request(
      members, minimum: 4, maximum: 4,
      balance: GroupBalance(maximumInterpreterLanguages: 2, bookingWeight: 1))
    let plan = try GroupPlanner.plan(for: request)
    #expect(languages(plan, request).allSatisfy { $0.count == 2 })
    #expect(plan.capBreaches.isEmpty)
    #expect(plan.bookings == BookingFigures(bookings: 4, languages: 4, lowerBound: 4))
  }

  @Test func aCapNoGroupingMeetsNamesWhoIsLeftOver() throws {
    // One group of 4 with four languages: a cap of 2 leaves the two least shared over it.
    let request = request(
      [("care", "a", nil), ("care", "a", nil), ("care", "b", nil), ("care", "c", nil)],
      minimum: 4, maximum: 4, balance: GroupBalance(maximumInterpreterLanguages: 2))
    let plan = try GroupPlanner.plan(for: request)
    #expect(
      plan.capBreaches == [
        CapBreach(member: 3, cap: .interpreterLanguages)
      ])
    #expect(plan.bookings.bookings == 3)
  }

  @Test func bookingsWeighAgainstTheKeys() throws {
    // Industry alone puts each language in both groups; a booking weight above the key's
    // weight keeps each language in one group.
    let members: [(String, String?, Int?)] = [
      ("care", "ti", nil), ("care", "ar", nil), ("care", "ti", nil),
      ("food", "ar", nil), ("food", "ti", nil), ("food", "ar", nil),
    ]
    let plain = request(members, minimum: 3, maximum: 3, balance: GroupBalance())
    #expect(try GroupPlanner.plan(for: plain).bookings.bookings == 4)
    let weighed = request(
      members, minimum: 3, maximum: 3, balance: GroupBalance(bookingWeight: 5))
    let plan = try GroupPlanner.plan(for: weighed)
    #expect(plan.bookings == BookingFigures(bookings: 2, languages: 2, lowerBound: 2))
    #expect(plan.keyMatches == [4])
  }

  @Test func theLowerBoundCountsGroupsEachLanguageNeedsAtLeast() {
    let figures = BookingFigures.of(
      [Array(repeating: "ti", count: 6) + ["ar"], Array(repeating: "ti", count: 5) + [nil]],
      maximumSize: 10)
    #expect(figures == BookingFigures(bookings: 3, languages: 2, lowerBound: 3))
  }

  @Test func levelSpreadIsCappedAndWeighed() throws {
    // Bands 0 and 2 in each industry: without a cap, industry keeps the span 0–2 in a group.
    let members: [(String, String?, Int?)] = [
      ("care", nil, 0), ("care", nil, 0), ("care", nil, 2), ("food", nil, 2), ("food", nil, 2),
      ("food", nil, 0),
    ]
    let plain = try GroupPlanner.plan(
      for: request(members, minimum: 3, maximum: 3, balance: GroupBalance()))
    #expect(plain.keyMatches == [6])
    let capped = request(
      members, minimum: 3, maximum: 3, balance: GroupBalance(maximumLevelSpan: 1))
    let plan = try GroupPlanner.plan(for: capped)
    #expect(plan.capBreaches.isEmpty)
    #expect(
      plan.groups.allSatisfy { group in
        Set(group.members.compactMap { capped.members[$0].band }).count == 1
      })
    #expect(plan.keyMatches == [4])
  }

  @Test func aTargetFixesTheGroupCountNearIt() throws {
    let members = Array(repeating: ("care", String?.none, Int?.none), count: 24)
    let free = try GroupPlanner.plan(
      for: request(members, minimum: 3, maximum: 12, balance: GroupBalance()))
    #expect(free.groups.map(\.members.count) == Array(repeating: 3, count: 8))
    let plan = try GroupPlanner.plan(
      for: request(
        members, minimum: 3, maximum: 12, target: 8, balance: GroupBalance(targetWeight: 1)))
    #expect(plan.groups.map(\.members.count) == [8, 8, 8])
  }

  @Test(arguments: [
    (
      GroupBalance(maximumInterpreterLanguages: 0), 4,
      "max-interpreter-languages 0 is not valid (caps must be at least 1, weights 0 to 1000)"
    ),
    (
      GroupBalance(bookingWeight: 1001), 4,
      "interpreter-weight 1001 is not valid (caps must be at least 1, weights 0 to 1000)"
    ),
    (GroupBalance(), 11, "target group size 11 is outside the sizes 3 to 5"),
  ])
  func rejectsInvalidSettings(balance: GroupBalance, target: Int, message: String) {
    let request = request(
      Array(repeating: ("care", nil, nil), count: 6), target: target, balance: balance)
    #expect {
      try GroupPlanner.plan(for: request)
    } throws: { error in
      (error as? GroupingProblem)?.description == message
    }
  }

  @Test func theSamePlanTwice() throws {
    let members: [(String, String?, Int?)] = (0..<40).map { index in
      (
        ["care", "food", "cleaning"][index % 3],
        index % 3 == 0 ? nil : ["ti", "ar", "so"][index % 4 % 3], index % 3
      )
    }
    let request = request(
      members, minimum: 6, maximum: 10, target: 8,
      balance: GroupBalance(
        maximumInterpreterLanguages: 2, bookingWeight: 3, levelSpanWeight: 1, targetWeight: 1))
    #expect(try GroupPlanner.plan(for: request) == GroupPlanner.plan(for: request))
  }
}
