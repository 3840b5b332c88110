import Foundation
import KartleggCore
import Testing

@testable import KartleggStore

/// The audit entry a teacher's sheet leaves, on every backend.
@Suite struct SheetAuditTests {
  @Test(arguments: StoreBackend.all) func aGroupSheetIsAuditedWithCohortAndGroupOnly(
    backend: StoreBackend
  ) throws {
    let temporary = try BackendStore(backend)
    _ = try temporary.participantWithIntake(name: "Sheet Person")
    try temporary.store.noteGroupSheet(cohort: "Høst 2026", group: "G3", actor: "lærer")
    let entry = try #require(try temporary.store.auditLog().last)
    #expect(entry.action == "group.sheet-names")
    #expect(entry.actor == "lærer")
    #expect(entry.participant == nil)
    #expect(entry.detail == "cohort Høst 2026 group G3")
  }
}
