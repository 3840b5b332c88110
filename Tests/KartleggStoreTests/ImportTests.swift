import Foundation
import GRDB
import KartleggCore
import Testing

@testable import KartleggStore

@Suite struct ImportTests {
  private func item(name: String = "Case 114", key: String = "sha256:aa") -> IntakeImport {
    IntakeImport(
      registration: Registration(name: name, cohort: "Høst 2026", programme: "intro"),
      surveyHash: "abc123", language: "ti",
      answers: ["lang": .language("ti"), "free": .text("svar")],
      result: AssessedResult(
        values: [.overallLevel: "some"], flags: ["no-smartphone"], isProvisional: false,
        completeness: 1),
      accept: true, key: key)
  }

  private func keptSurvey(_ store: SQLiteStorage) throws {
    try store.keep(
      StoredSurvey(hash: "abc123", id: "digital-intake", version: "1.0", source: Array("<s/>".utf8))
    )
  }

  private func count(_ table: String, in store: SQLiteStorage) throws -> Int {
    try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1 }
  }

  @Test func storesEverythingInOneGo() throws {
    let temporary = try TemporaryStore()
    try keptSurvey(temporary.store)
    let outcome = try temporary.store.importIntake(item(), actor: "v")
    #expect(!outcome.isRepeat)
    let intake = try #require(try temporary.store.intake(outcome.intake))
    #expect(intake.participant == outcome.participant)
    #expect(intake.status == .complete)
    #expect(try temporary.store.answers(of: outcome.intake).answers["free"] == .text("svar"))
    let result = try #require(try temporary.store.result(of: outcome.intake))
    #expect(result.assessed.values[.overallLevel] == "some")
    #expect(result.acceptedBy == "v")
    #expect(
      try temporary.store.auditLog().map(\.action) == [
        "participant.register", "intake.start", "answer.import", "result.assess", "result.accept",
      ])
  }

  @Test func aRepeatedKeyStoresNothingAndReturnsTheFirstImport() throws {
    let temporary = try TemporaryStore()
    try keptSurvey(temporary.store)
    let first = try temporary.store.importIntake(item(), actor: "v")
    let second = try temporary.store.importIntake(item(), actor: "v")
    #expect(second.isRepeat)
    #expect(second.participant == first.participant)
    #expect(second.intake == first.intake)
    #expect(try count("participant", in: temporary.store) == 1)
    #expect(try count("intake", in: temporary.store) == 1)
    let other = try temporary.store.importIntake(
      item(name: "Case 115", key: "sha256:bb"), actor: "v")
    #expect(!other.isRepeat)
    #expect(try count("participant", in: temporary.store) == 2)
  }

  @Test func aFailingImportLeavesNoParticipant() throws {
    let temporary = try TemporaryStore()
    // No survey kept: the intake's foreign key fails after the participant was inserted.
    #expect(throws: (any Error).self) {
      _ = try temporary.store.importIntake(item(), actor: "v")
    }
    #expect(try count("participant", in: temporary.store) == 0)
    #expect(try count("identity", in: temporary.store) == 0)
    #expect(try count("audit", in: temporary.store) == 0)
  }

  @Test func aBusyDatabaseStoresNothingAndTheRetryDoesNotDuplicate() throws {
    let temporary = try TemporaryStore()
    try keptSurvey(temporary.store)
    let holder = try DatabaseQueue.holdingTransactions(path: temporary.path)
    try holder.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
    #expect(throws: StorageError.busy) {
      _ = try temporary.store.importIntake(item(), actor: "v")
    }
    try holder.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
    #expect(try count("participant", in: temporary.store) == 0)
    let retried = try temporary.store.importIntake(item(), actor: "v")
    #expect(!retried.isRepeat)
    #expect(try temporary.store.importIntake(item(), actor: "v").isRepeat)
    #expect(try count("participant", in: temporary.store) == 1)
  }

  @Test func erasingTheParticipantForgetsTheKey() throws {
    let temporary = try TemporaryStore()
    try keptSurvey(temporary.store)
    let first = try temporary.store.importIntake(item(), actor: "v")
    #expect(try temporary.store.erase(first.participant, actor: "v"))
    #expect(try count("import_key", in: temporary.store) == 0)
    #expect(try !temporary.store.importIntake(item(), actor: "v").isRepeat)
  }

  @Test func registrationComesWithItsIntake() throws {
    let temporary = try TemporaryStore()
    try keptSurvey(temporary.store)
    let (participant, intake) = try temporary.store.registerAndStart(
      Registration(name: "Amina", cohort: "Vår"), surveyHash: "abc123", language: "so",
      actor: "v")
    #expect(try temporary.store.latestIntake(of: participant)?.id == intake)
    #expect(throws: (any Error).self) {
      _ = try temporary.store.registerAndStart(
        Registration(name: "Ghost", cohort: "Vår"), surveyHash: "missing", language: "so",
        actor: "v")
    }
    #expect(try count("participant", in: temporary.store) == 1)
  }
}
