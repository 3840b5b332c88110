import KartleggCore
import Testing

/// A key's floor (`min-share`): the share of members who must share their group's value.
@Suite struct GroupKeyFloorTests {
  /// Industry (weight 4, with an optional floor); each member: industry, interpreter language.
  private func request(_ members: [(String, String)], floor: Int?, bookingWeight: Int)
    -> GroupingRequest
  {
    GroupingRequest(
      keys: [.init(name: "industry", weight: 4, minimumShare: floor)],
      members: members.enumerated().map { index, member in
        .init(id: "p\(index + 1)", values: [member.0], interpreterLanguage: member.1)
      },
      minimumSize: 3, maximumSize: 3,
      balance: GroupBalance(bookingWeight: bookingWeight))
  }

  private let mixed = [
    ("care", "ti"), ("care", "ar"), ("care", "ti"), ("food", "ar"), ("food", "ti"),
    ("food", "ar"),
  ]

  @Test func theFloorHoldsWhereBookingsWouldOutweighTheKey() throws {
    // Bookings weigh far more than industry: without a floor each group takes one language and
    // mixes industries; a floor of 100 % keeps each industry together at the cost of bookings.
    let plain = try GroupPlanner.plan(for: request(mixed, floor: nil, bookingWeight: 100))
    #expect(plain.bookings.bookings == 2)
    #expect(plain.keyMatches == [4])
    let floored = try GroupPlanner.plan(for: request(mixed, floor: 100, bookingWeight: 100))
    #expect(floored.keyMatches == [6])
    #expect(floored.bookings.bookings == 4)
  }

  @Test func aFloorNoGroupingReachesIsApproachedAsNearAsPossible() throws {
    // Four in care and two in food in groups of three: at most five share their group's
    // industry, so a floor of 100 % is missed by one and the plan keeps the best it can.
    let members = [
      ("care", "ti"), ("care", "ar"), ("care", "ti"), ("care", "ar"), ("food", "ti"),
      ("food", "ar"),
    ]
    let plan = try GroupPlanner.plan(for: request(members, floor: 100, bookingWeight: 100))
    #expect(plan.keyMatches == [5])
    #expect(plan.groups.allSatisfy { $0.members.count == 3 })
  }

  @Test func theFloorCountsMembersRoundedUp() {
    let key = GroupingRequest.Key(name: "industry", weight: 6, minimumShare: 85)
    #expect(key.floorMembers(of: 48) == 41)
    #expect(key.floorMembers(of: 20) == 17)
    #expect(key.floorMembers(of: 0) == 0)
    #expect(GroupingRequest.Key(name: "goal", weight: 2).floorMembers(of: 48) == 0)
  }
}
