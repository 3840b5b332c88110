import Foundation
import KartleggCore
import Testing

@testable import KartleggStore

@Suite struct IntakeStorageTests {
  @Test(arguments: StoreBackend.all) func participantIdsAreRandomPseudonymsInCrockfordBase32(
    backend: StoreBackend
  ) throws {
    let temporary = try BackendStore(backend)
    let ids = try (0..<20).map { index in
      try temporary.store.register(
        Registration(name: "Person \(index)", cohort: "A"), actor: "veileder")
    }
    #expect(Set(ids).count == 20)
    for id in ids {
      #expect(id.rawValue.wholeMatch(of: /[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/) != nil)
    }
    #expect(PseudonymousID.normalised("k7qm3xpd") == "K7QM-3XPD")
  }

  @Test(arguments: StoreBackend.all) func answersReadBackExactlyInEveryKind(backend: StoreBackend)
    throws
  {
    let temporary = try BackendStore(backend)
    let leapDay = try #require(CalendarDate(iso: "2024-02-29"))
    let (_, intake) = try temporary.participantWithIntake()
    let answers: AnswerSet = [
      "a": .choice("own"), "b": .choices(["sms", "whatsapp"]), "c": .number(2.5),
      "d": .text("ትግርኛ ናይ ምሳሌ — مرحبا بكم"), "e": .date(leapDay),
      "f": .language("ti"), "g": .languages(["ar", "prs"]),
    ]
    for (question, answer) in answers.sorted(by: { $0.key < $1.key }) {
      try temporary.store.record(answer, for: question, in: intake, removing: [], actor: "v")
    }
    try temporary.store.record(nil, for: "h", in: intake, removing: [], actor: "v")
    let stored = try temporary.store.answers(of: intake)
    #expect(stored.answers == answers)
    #expect(stored.skipped == ["h"])
  }

  @Test(arguments: StoreBackend.all) func aChangedAnswerReplacesTheOldAndRemovesStaleOnes(
    backend: StoreBackend
  ) throws {
    let temporary = try BackendStore(backend)
    let (_, intake) = try temporary.participantWithIntake()
    try temporary.store.record(.choice("none"), for: "phone", in: intake, removing: [], actor: "v")
    try temporary.store.record(.choice("yes"), for: "basic", in: intake, removing: [], actor: "v")
    try temporary.store.record(
      .choice("own"), for: "phone", in: intake, removing: ["basic"], actor: "v")
    #expect(try temporary.store.answers(of: intake).answers == ["phone": .choice("own")])
  }

  @Test(arguments: StoreBackend.all) func theAuditLogNamesQuestionsButNeverAnswerValues(
    backend: StoreBackend
  ) throws {
    let temporary = try BackendStore(backend)
    let (id, intake) = try temporary.participantWithIntake()
    try temporary.store.record(
      .text("Secret-Value-42"), for: "free", in: intake, removing: [], actor: "v")
    let log = try temporary.store.auditLog()
    #expect(log.last?.action == "answer.record")
    #expect(log.last?.detail == "free")
    #expect(log.last?.participant == id)
    #expect(!log.contains { ($0.detail ?? "").contains("Secret") || $0.actor.contains("Secret") })
  }

  @Test(arguments: StoreBackend.all) func unfinishedIntakesListOnlyThoseNotComplete(
    backend: StoreBackend
  ) throws {
    let temporary = try BackendStore(backend)
    let (_, first) = try temporary.participantWithIntake(name: "A")
    let (_, second) = try temporary.participantWithIntake(name: "B")
    try temporary.store.saveResult(
      AssessedResult(
        values: [.overallLevel: "some"], flags: [], isProvisional: false,
        completeness: 1), of: first, actor: "v")
    try temporary.store.accept(first, actor: "v")
    #expect(try temporary.store.unfinishedIntakes().map(\.id) == [second])
    #expect(try temporary.store.intake(first)?.status == .complete)
  }

  @Test(arguments: StoreBackend.all) func assessingAgainKeepsTheOverridesAndAsksForAcceptanceAgain(
    backend: StoreBackend
  ) throws {
    let temporary = try BackendStore(backend)
    let (_, intake) = try temporary.participantWithIntake()
    try temporary.store.saveResult(
      AssessedResult(
        values: [.overallLevel: "some", .channel: "sms"], flags: [], isProvisional: false,
        completeness: 1), of: intake, actor: "v")
    let override = Override(
      part: .channel, assessed: "sms", chosen: "in-person", reason: "Ser ikke godt",
      adviser: "v", madeAt: Date(timeIntervalSince1970: 0))
    try temporary.store.addOverride(override, to: intake, actor: "v")
    try temporary.store.accept(intake, actor: "v")
    try temporary.store.saveResult(
      AssessedResult(
        values: [.overallLevel: "experienced"], flags: ["no-bankid"], isProvisional: true,
        completeness: 0.8), of: intake, actor: "v")
    let result = try #require(try temporary.store.result(of: intake))
    #expect(result.assessed.values == [.overallLevel: "experienced"])
    #expect(result.assessed.flags == ["no-bankid"])
    #expect(result.overrides == [override])
    #expect(result.value(of: .channel) == "in-person")
    #expect(result.acceptedBy == nil)
    #expect(try temporary.store.intake(intake)?.status == .answered)
  }

  @Test(arguments: StoreBackend.all) func overridesWinOverTheAssessedValueAndKeepTheReason(
    backend: StoreBackend
  ) throws {
    let temporary = try BackendStore(backend)
    let (id, intake) = try temporary.participantWithIntake()
    try temporary.store.saveResult(
      AssessedResult(
        values: [.overallLevel: "some", .channel: "whatsapp", .dimensionLevel("safety"): "some"],
        flags: ["no-home-internet"], isProvisional: true, completeness: 0.9),
      of: intake, actor: "v")
    let override = Override(
      part: .overallLevel, assessed: "some", chosen: "beginner",
      reason: "Trenger hjelp med alt i praksis", adviser: "v",
      madeAt: Date(timeIntervalSince1970: 0))
    try temporary.store.addOverride(override, to: intake, actor: "v")
    try temporary.store.accept(intake, actor: "v")
    let result = try #require(try temporary.store.result(of: intake))
    #expect(result.value(of: .overallLevel) == "beginner")
    #expect(result.value(of: .channel) == "whatsapp")
    #expect(result.value(of: .dimensionLevel("safety")) == "some")
    #expect(result.assessed.flags == ["no-home-internet"])
    #expect(result.overrides == [override])
    #expect(result.acceptedBy == "v")
    let listed = try temporary.store.participants(cohort: nil, includeNames: false)
    #expect(listed.map(\.level) == ["beginner"])
    #expect(listed.map(\.name) == [nil])
    #expect(listed.map(\.id) == [id])
  }

  @Test(arguments: StoreBackend.all) func theListShowsNamesOnlyWhenAskedAndFiltersByCohort(
    backend: StoreBackend
  ) throws {
    let temporary = try BackendStore(backend)
    _ = try temporary.participantWithIntake(name: "A", cohort: "Vår")
    _ = try temporary.participantWithIntake(name: "B", cohort: "Høst")
    let named = try temporary.store.participants(cohort: "Høst", includeNames: true)
    #expect(named.map(\.name) == ["B"])
    #expect(named.map(\.status) == [.inProgress])
  }

  @Test(arguments: StoreBackend.all) func recordingIntoAnUnknownIntakeFails(backend: StoreBackend)
    throws
  {
    let temporary = try BackendStore(backend)
    #expect(throws: StorageError.unknownIntake(99)) {
      try temporary.store.record(.number(1), for: "q", in: 99, removing: [], actor: "v")
    }
  }
}
