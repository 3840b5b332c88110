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
    // Each member counts once, under their own primary when it is chosen.
    #expect(plan.channels == ["whatsapp", "sms"])
    #expect(plan.reach == ["whatsapp": 2, "sms": 2])
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

  private var withInPerson: [Channel] {
    channels + [
      Channel(
        id: "in-person", label: "Oppmøte", servesGroups: true, isDigital: false,
        location: location)
    ]
  }

  @Test func ownPrimariesOverOneSharedChannel() {
    // SMS alone reaches all eight, but seven use WhatsApp: "WhatsApp 7 + SMS 1".
    let smartphone = member(["whatsapp", "sms", "in-person"], primary: "whatsapp")
    let basicPhone = member(["sms", "phone", "in-person"], primary: "sms")
    let plan = GroupChannelPlan.plan(
      for: Array(repeating: smartphone, count: 7) + [basicPhone], channels: withInPerson)
    #expect(plan.channels == ["whatsapp", "sms"])
    #expect(plan.reach == ["whatsapp": 7, "sms": 1])
    #expect(plan.unreachable.isEmpty)
  }

  @Test func inPersonIsNeverAGroupChannelWhileADigitalOneReaches() {
    // In person reaches everyone and is one channel; WhatsApp reaches two of three.
    let plan = GroupChannelPlan.plan(
      for: [
        member(["in-person", "whatsapp"], primary: "in-person"), member(["whatsapp", "in-person"]),
        member(["in-person", "phone"]),
      ],
      channels: withInPerson)
    #expect(plan.channels == ["whatsapp"])
    #expect(plan.reach == ["whatsapp": 2])
    #expect(plan.unreachable == [2])
  }

  @Test func inPersonServesOnlyWhenNoDigitalChannelReachesAnyone() {
    let plan = GroupChannelPlan.plan(
      for: [member(["in-person", "phone"]), member(["in-person"])], channels: withInPerson)
    #expect(plan.channels == ["in-person"])
    #expect(plan.reach == ["in-person": 2])
    #expect(plan.unreachable.isEmpty)
  }

  @Test func aChannelIsAddedForTwoPrimariesNotForOne() {
    let whatsapp = member(["whatsapp", "teams"], primary: "whatsapp")
    let teams = member(["teams", "whatsapp"], primary: "teams")
    let one = GroupChannelPlan.plan(for: [whatsapp, whatsapp, whatsapp, teams], channels: channels)
    #expect(one.channels == ["whatsapp"])
    let two = GroupChannelPlan.plan(
      for: [whatsapp, whatsapp, whatsapp, teams, teams], channels: channels)
    #expect(two.channels == ["whatsapp", "teams"])
    #expect(two.reach == ["whatsapp": 3, "teams": 2])
  }
}
