import Foundation
import KartleggCore
import Testing

@testable import KartleggStore

/// Swaps, and pins and pairs that belong to the policy they were made under.
@Suite struct GroupEditingTests {
  private let cohort = "Høst 2026"

  private func store(_ count: Int) throws -> (TemporaryStore, [ParticipantID]) {
    let temporary = try TemporaryStore()
    let members = try (0..<count).map { _ in try temporary.participantWithIntake().0 }
    return (temporary, members)
  }

  private func refusal(_ body: () throws -> Void) -> GroupPlanRefusal.Reason? {
    do {
      try body()
    } catch let refusal as GroupPlanRefusal {
      return refusal.reason
    } catch {
      return nil
    }
    return nil
  }

  @Test func swapExchangesTwoMembersEvenWhenEveryGroupIsAtTheMinimum() throws {
    let (temporary, ids) = try store(4)
    let store = temporary.store
    #expect(
      refusal { try store.swap(ids[0], ids[2], cohort: cohort, actor: "v") }
        == .noDraft(cohort: cohort))
    try store.saveDraft(
      GroupPlanDraft(
        policy: "work", surveyHash: "abc123", minimumSize: 2, maximumSize: 2,
        groups: [
          StoredGroup(name: "G1", members: [ids[0], ids[1]]),
          StoredGroup(name: "G2", members: [ids[2], ids[3]]),
        ]), cohort: cohort, actor: "v")
    #expect(
      refusal { try store.move(ids[0], to: "G2", cohort: cohort, actor: "v") }
        == .belowMinimum(group: "G1", size: 1, minimum: 2))
    #expect(
      refusal { try store.swap(ids[0], ids[1], cohort: cohort, actor: "v") }
        == .sameGroup(ids[0], ids[1], group: "G1"))
    try store.swap(ids[0], ids[2], cohort: cohort, actor: "v")
    let plan = try #require(try store.groupPlan(cohort: cohort))
    #expect(plan.groups.map { Set($0.members) } == [[ids[2], ids[1]], [ids[0], ids[3]]])
    let swaps = try store.auditLog().filter { $0.action == "groups.swap" }
    #expect(swaps.map(\.participant) == [ids[0], ids[2]])
    #expect(swaps.map(\.detail) == ["cohort \(cohort): G1 to G2", "cohort \(cohort): G2 to G1"])
  }

  @Test func pinsAndPairsBelongToTheirPolicy() throws {
    let (temporary, ids) = try store(4)
    let store = temporary.store
    try store.pin(ids[0], to: "Renhold", cohort: cohort, policy: "work", actor: "v")
    try store.pin(ids[1], to: "Nivå 1", cohort: cohort, policy: "digital-training", actor: "v")
    try store.pin(ids[2], to: "Gammel", cohort: cohort, actor: "v")
    try store.keepApart(
      ApartParticipants(ids[0], ids[3]), isApart: true, cohort: cohort, policy: "work",
      actor: "v")
    try store.keepApart(
      ApartParticipants(ids[1], ids[2]), isApart: true, cohort: cohort, actor: "v")
    let stored = try store.groupConstraints(cohort: cohort)
    #expect(stored.pinPolicies == [ids[0]: "work", ids[1]: "digital-training"])
    let work = stored.applying(to: "work")
    #expect(work.constraints.pins == [ids[0]: "Renhold", ids[2]: "Gammel"])
    #expect(work.carriedOverPins == [ids[2]])
    #expect(work.otherPolicyPins == [ids[1]])
    #expect(
      Set(work.constraints.apart)
        == [ApartParticipants(ids[0], ids[3]), ApartParticipants(ids[1], ids[2])])
    #expect(work.carriedOverPairs == [ApartParticipants(ids[1], ids[2])])
    let training = stored.applying(to: "digital-training")
    #expect(training.constraints.pins == [ids[1]: "Nivå 1", ids[2]: "Gammel"])
    #expect(training.otherPolicyPairs == [ApartParticipants(ids[0], ids[3])])
  }
}
