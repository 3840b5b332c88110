import KartleggCore
import Testing

@Suite struct GroupChannelPlanTests {
  private let location = DocumentLocation(file: "test.xml", line: 1)

  private var channels: [Channel] {
    [
      Channel(id: "whatsapp", label: "WhatsApp", servesGroups: true, location: location),
      Channel(id: "teams", label: "Teams", servesGroups: true, location: location),
      Channel(id: "sms", label: "SMS", servesGroups: true, location: location),
      Channel(id: "phone", label: "Phone", servesGroups: false, location: location),
    ]
  }

  private func member(_ reachable: [ChannelID], primary: ChannelID? = nil) -> ChannelRecommendation
  {
    let first = primary ?? reachable.first
    return ChannelRecommendation(
      primary: first.map { ChannelChoice(channel: $0, rule: "r") }, fallback: nil,
      reachable: reachable)
  }

  @Test func oneChannelWhenItReachesEveryone() {
    let plan = GroupChannelPlan.plan(
      for: [member(["whatsapp", "sms"]), member(["teams", "whatsapp"]), member(["whatsapp"])],
      channels: channels)
    #expect(plan.channels == ["whatsapp"])
    #expect(plan.reach == ["whatsapp": 3])
    #expect(plan.unreachable.isEmpty)
  }

  @Test func smallestSetThatCoversEveryone() {
    let plan = GroupChannelPlan.plan(
      for: [
        member(["whatsapp"]), member(["sms"]), member(["whatsapp", "sms"]),
        member(["teams", "sms"]),
      ],
      channels: channels)
    #expect(plan.channels == ["sms", "whatsapp"])
    #expect(plan.reach == ["whatsapp": 2, "sms": 3])
  }

  @Test func prefersTheChannelMostMembersAlreadyUseAsPrimary() {
    // Both WhatsApp and SMS reach everyone; WhatsApp is most members' primary.
    let plan = GroupChannelPlan.plan(
      for: [
        member(["sms", "whatsapp"], primary: "whatsapp"),
        member(["sms", "whatsapp"], primary: "whatsapp"),
        member(["sms", "whatsapp"], primary: "sms"),
      ],
      channels: channels)
    #expect(plan.channels == ["whatsapp"])
  }

  @Test func membersOnlyReachableOneToOneAreListed() {
    let plan = GroupChannelPlan.plan(
      for: [member(["whatsapp"]), member(["phone"]), member([])], channels: channels)
    #expect(plan.channels == ["whatsapp"])
    #expect(plan.unreachable == [1, 2])
  }

  @Test func emptyGroupNeedsNoChannel() {
    let plan = GroupChannelPlan.plan(for: [], channels: channels)
    #expect(plan.channels.isEmpty)
    #expect(plan.unreachable.isEmpty)
  }
}
