import KartleggCore
import Testing

struct GroupDisclosureTests {
  private func group(
    _ name: String, size: Int, industry: (String, Int), interpreters: [(String, Int)]
  )
    -> CohortGroup
  {
    CohortGroup(
      name: name, members: (0..<size).map { "\(name)-\($0)" },
      profile: GroupProfile(
        agreements: [KeyAgreement(key: "industry", value: industry.0, matching: industry.1)],
        lowestLevel: nil, highestLevel: nil, languages: []),
      channels: GroupChannelPlan(channels: [], reach: [:], unreachable: []),
      interpreters: interpreters.map { InterpreterShare(language: $0.0, members: $0.1) })
  }

  private func plan(_ groups: [CohortGroup]) -> CohortPlan {
    CohortPlan(
      policy: "work", keyNames: ["industry"], weights: [1], minimumSize: 1, maximumSize: 20,
      groups: groups)
  }

  private func rule() throws -> GroupDisclosure {
    GroupDisclosure(control: try #require(DisclosureControl(minimumCell: 5)))
  }

  @Test func namesASharedValueOnlyWhenEnoughShareIt() throws {
    let rule = try rule()
    #expect(
      rule.nameableAgreements(of: group("G1", size: 8, industry: ("care", 5), interpreters: []))
        == [0])
    #expect(
      rule.nameableAgreements(of: group("G1", size: 8, industry: ("care", 4), interpreters: []))
        .isEmpty)
  }

  @Test func neverNamesAnUnknownValue() throws {
    let rule = try rule()
    #expect(
      rule.nameableAgreements(of: group("G1", size: 8, industry: ("", 8), interpreters: [])).isEmpty
    )
  }

  @Test func namesAnInterpreterLanguageOnlyWhenEnoughNeedIt() throws {
    let rule = try rule()
    let shares = rule.nameableInterpreters(
      of: group("G1", size: 9, industry: ("care", 9), interpreters: [("ar", 5), ("ti", 2)]))
    #expect(shares.map(\.language) == ["ar"])
  }

  @Test func hidesASmallGroupAndOneThatWouldRevealIt() throws {
    let rule = try rule()
    let sizes = rule.sizes(
      of: plan([
        group("G1", size: 8, industry: ("care", 8), interpreters: []),
        group("G2", size: 3, industry: ("care", 3), interpreters: []),
        group("G3", size: 9, industry: ("care", 9), interpreters: []),
      ]))
    #expect(sizes[1].value == nil)
    #expect(sizes.filter { $0.value == nil }.count >= 2)
  }
}
