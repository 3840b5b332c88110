import Foundation
import KartleggCore
import Testing

@testable import KartleggStore

/// The store's part of shared summaries: who was counted, and every release recorded.
@Suite struct SharedReleaseStorageTests {
  struct Refusal: Error {}

  static func release(_ contributions: [ParticipantID: String], at second: Double) -> SharedRelease
  {
    SharedRelease(
      populationHash: "sha256:" + contributions.values.sorted().joined(),
      contributions: contributions, minimumCell: 5,
      releasedAt: Date(timeIntervalSince1970: second), actor: "leder")
  }

  @Test(arguments: StoreBackend.all) func releasesAreRecordedInOrderAndARefusalStoresNothing(
    backend: StoreBackend
  ) throws {
    let temporary = try BackendStore(backend)
    let store = temporary.store
    let (first, _) = try temporary.participantWithIntake(name: "A", cohort: "Vår")
    let (second, _) = try temporary.participantWithIntake(name: "B", cohort: "Vår")
    var seen: [[SharedRelease]] = []
    try store.recordSharedRelease(Self.release([first: "x"], at: 1), cohort: "Vår") {
      seen.append($0)
    }
    try store.recordSharedRelease(
      Self.release([first: "x", second: "y"], at: 2), cohort: "Vår"
    ) { seen.append($0) }
    #expect(throws: Refusal.self) {
      try store.recordSharedRelease(Self.release([:], at: 3), cohort: "Vår") { earlier in
        seen.append(earlier)
        throw Refusal()
      }
    }
    try store.recordSharedRelease(Self.release([first: "z"], at: 4), cohort: "Vår") {
      seen.append($0)
    }
    #expect(seen.map(\.count) == [0, 1, 2, 2])
    let earlier = try #require(seen.last)
    #expect(earlier.map(\.contributions) == [[first: "x"], [first: "x", second: "y"]])
    #expect(earlier.map(\.releasedAt.timeIntervalSince1970) == [1, 2])
    #expect(earlier.first?.actor == "leder")
    #expect(earlier.first?.minimumCell == 5)
    let actions = try store.auditLog().map(\.action).filter { $0 == "summary.release" }
    #expect(actions.count == 3)
  }

  @Test(arguments: StoreBackend.all) func theTallyCarriesEachPersonsStateWhichChangesWithThem(
    backend: StoreBackend
  ) throws {
    let temporary = try BackendStore(backend)
    let store = temporary.store
    let (participant, intake) = try temporary.participantWithIntake(name: "A", cohort: "Vår")
    let waiting = try store.register(
      Registration(name: "W", contact: nil, cohort: "Vår", programme: nil), actor: "v")
    let before = try #require(try store.cohortTally("Vår", readingStates: true) { _ in [] }).states
    #expect(Set(before.keys) == [participant, waiting])
    #expect(before[waiting] == "|||")
    try store.setStatus(.notInformed, of: intake, actor: "v")
    let after = try #require(try store.cohortTally("Vår", readingStates: true) { _ in [] })
    #expect(after.states[participant] != before[participant])
    #expect(after.states[waiting] == before[waiting])
    #expect(after.tally.stages[.notInformed] == 1)
    #expect(try store.intake(intake)?.status == .notInformed)
  }

  @Test(arguments: StoreBackend.all) func anImportStoppedBeforeTheSurveyHasNoResult(
    backend: StoreBackend
  ) throws {
    let temporary = try BackendStore(backend)
    let store = temporary.store
    _ = try temporary.participantWithIntake(name: "A", cohort: "Vår")
    let outcome = try store.importIntake(
      IntakeImport(
        registration: Registration(name: "U", contact: nil, cohort: "Vår", programme: nil),
        surveyHash: "abc123", language: "ti", answers: ["consent.informed": .choice("no")],
        ending: .stopped(.notInformed), key: "k1"),
      actor: "v")
    #expect(try store.intake(outcome.intake)?.status == .notInformed)
    #expect(try store.result(of: outcome.intake) == nil)
    #expect(try store.answers(of: outcome.intake).answers == ["consent.informed": .choice("no")])
  }
}
