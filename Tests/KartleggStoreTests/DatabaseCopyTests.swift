import Foundation
import KartleggCore
import Testing

@testable import KartleggPostgres
@testable import KartleggStore

/// `database copy`: SQLite to PostgreSQL and back, every table with the same count and checksum.
@Suite(.enabled(if: PostgresTestServer.isWanted, "\(PostgresTestServer.skipped)"))
struct DatabaseCopyTests {
  /// A store with a bit of everything: overrides, a group plan, pins, pairs and an erasure.
  private func filled(_ temporary: BackendStore) throws {
    let store = temporary.store
    let ids = try (0..<4).map { index in
      try temporary.participantWithIntake(name: "ሳባ \(index) مرحبا")
    }
    for (_, intake) in ids {
      try store.record(.text("Fritekst æøå"), for: "free", in: intake, removing: [], actor: "v")
      try store.saveResult(
        AssessedResult(
          values: [.overallLevel: "some"], flags: ["no-bankid"], isProvisional: true,
          completeness: 0.75), of: intake, actor: "v")
    }
    try store.addOverride(
      Override(
        part: .channel, assessed: nil, chosen: "sms", reason: "r", adviser: "v",
        madeAt: Date(timeIntervalSince1970: 0)), to: ids[0].1, actor: "v")
    try store.saveDraft(
      GroupPlanDraft(
        policy: "work", surveyHash: "abc123", minimumSize: 1, maximumSize: 3,
        groups: [StoredGroup(name: "A", members: [ids[0].0, ids[1].0])]),
      cohort: "Høst 2026", actor: "v")
    try store.pin(ids[2].0, to: "A", cohort: "Høst 2026", actor: "v")
    try store.keepApart(
      ApartParticipants(ids[0].0, ids[2].0), isApart: true, cohort: "Høst 2026", actor: "v")
    _ = try store.erase(ids[3].0, actor: "v")
  }

  @Test func sqliteToPostgresAndBackCopiesEveryTableExactly() throws {
    let sqlite = try BackendStore(.sqlite)
    try filled(sqlite)
    let postgres = try BackendStore(.postgres)
    let there = try DatabaseCopy.copy(from: sqlite.store, to: postgres.store)
    let back = try BackendStore(.sqlite)
    let again = try DatabaseCopy.copy(from: postgres.store, to: back.store)
    #expect(there == again)
    #expect(there.map(\.table) == CopyTable.all.map(\.name))
    let counts = Dictionary(uniqueKeysWithValues: there.map { ($0.table, $0.rows) })
    #expect(counts["participant"] == 3)
    #expect(counts["identity"] == 3)
    #expect(counts["override"] == 1)
    #expect(counts["group_apart"] == 1)
    #expect(counts["audit"] == (try sqlite.store.auditLog().count))
    #expect(try postgres.store.auditLog() == (try sqlite.store.auditLog()))
    #expect(
      try postgres.store.participants(cohort: nil, includeNames: true)
        == (try sqlite.store.participants(cohort: nil, includeNames: true)))
    #expect(
      try postgres.store.groupPlan(cohort: "Høst 2026")
        == (try sqlite.store.groupPlan(cohort: "Høst 2026")))
    // New rows after the copy get new ids (the sequences moved past the copied ones).
    _ = try postgres.participantWithIntake(name: "After")
  }

  @Test func aTargetWithDataIsRefused() throws {
    let sqlite = try BackendStore(.sqlite)
    try filled(sqlite)
    let postgres = try BackendStore(.postgres)
    _ = try postgres.participantWithIntake()
    #expect(throws: StorageError.targetNotEmpty(table: "survey_definition")) {
      try DatabaseCopy.copy(from: sqlite.store, to: postgres.store)
    }
  }
}
