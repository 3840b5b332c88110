import Foundation
import KartleggCore
import Testing

@testable import KartleggStore

@Suite struct CohortTallyTests {
  static let result = AssessedResult(
    values: [
      .overallLevel: "beginner", .channel: "sms", .interpreterNeed: "needed",
      .interpreterLanguage: "ti", .interpreterMode: "phone",
    ],
    flags: ["no-smartphone", "no-bankid"], isProvisional: false, completeness: 1)

  static func override(_ part: ResultPart, _ chosen: String, at second: Double) -> Override {
    Override(
      part: part, assessed: nil, chosen: chosen, reason: "r", adviser: "a",
      madeAt: Date(timeIntervalSince1970: second))
  }

  @Test(arguments: StoreBackend.all) func countsValuesInForceWithTheLatestOverride(
    backend: StoreBackend
  ) throws {
    let temporary = try BackendStore(backend)
    let store = temporary.store
    var intakes: [IntakeID] = []
    for index in 0..<3 {
      let (_, intake) = try temporary.participantWithIntake(name: "P\(index)", cohort: "Vår")
      try store.saveResult(Self.result, of: intake, actor: "v")
      intakes.append(intake)
    }
    _ = try temporary.participantWithIntake(name: "Started", cohort: "Vår")
    _ = try store.register(
      Registration(name: "Waiting", contact: nil, cohort: "Vår", programme: nil), actor: "v")
    try store.addOverride(Self.override(.overallLevel, "some", at: 1), to: intakes[0], actor: "v")
    try store.addOverride(
      Self.override(.overallLevel, "experienced", at: 2), to: intakes[0], actor: "v")
    try store.addOverride(
      Self.override(.interpreterNeed, "not-needed", at: 3), to: intakes[1], actor: "v")
    try store.accept(intakes[2], actor: "v")

    let record = try #require(try store.cohortTally("Vår", readingStates: false) { _ in [] })
    let tally = record.tally
    #expect(tally.participants == 5)
    #expect(tally.stages == [.notStarted: 1, .inProgress: 1, .answered: 2, .complete: 1])
    #expect(tally.assessed == 3)
    #expect(tally.overallLevels == ["beginner": 2, "experienced": 1])
    #expect(tally.interpreterNeeds == [.needed: 2, .notNeeded: 1])
    #expect(tally.interpreterLanguages == ["ti": 2])
    #expect(tally.interpreterModes == [.phone: 2])
    #expect(tally.flags == ["no-smartphone": 3, "no-bankid": 3])
    #expect(tally.overrides == [.overallLevel: 1, .interpreterNeed: 1])
    #expect(!record.isSynthetic)
    #expect(record.states.isEmpty, "an internal summary reads no intake states")
    let withStates = try #require(try store.cohortTally("Vår", readingStates: true) { _ in [] })
    #expect(withStates.tally == tally)
    #expect(withStates.states.count == 5)
    #expect(try store.cohortTally("Nobody", readingStates: true) { _ in [] } == nil)
  }
}
