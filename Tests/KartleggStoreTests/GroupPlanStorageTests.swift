import Foundation
import GRDB
import KartleggCore
import Testing

@testable import KartleggStore

@Suite struct GroupPlanStorageTests {
  /// A store with `count` participants in cohort "Høst 2026" and one in "Vår 2027".
  private func cohort(_ count: Int, on backend: StoreBackend) throws
    -> (BackendStore, [ParticipantID], ParticipantID)
  {
    let temporary = try BackendStore(backend)
    let members = try (0..<count).map { _ in try temporary.participantWithIntake().0 }
    let other = try temporary.participantWithIntake(cohort: "Vår 2027").0
    return (temporary, members, other)
  }

  private func draft(_ groups: [(String, [ParticipantID])], sizes: ClosedRange<Int> = 2...3)
    -> GroupPlanDraft
  {
    GroupPlanDraft(
      policy: "work", surveyHash: "abc123", minimumSize: sizes.lowerBound,
      maximumSize: sizes.upperBound,
      groups: groups.map { StoredGroup(name: $0.0, members: $0.1) })
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

  @Test func aDatabaseAtTheFirstMigrationIsUpgradedAndKeepsItsData() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("kartlegg-migrate-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("old.sqlite").path
    do {
      let queue = try DatabaseQueue(path: path)
      try Schema.migrator.migrate(queue, upTo: "1-intakes")
      try queue.write { db in
        try db.execute(sql: "INSERT INTO cohort (name, created_at) VALUES ('Eldre', 'x')")
        try db.execute(
          sql: """
            INSERT INTO survey_definition (hash, survey_id, version, source, kept_at)
            VALUES ('abc123', 'digital-intake', '1.0', x'00', 'x')
            """)
        try db.execute(
          sql: """
            INSERT INTO participant (id, cohort_id, registered_at) VALUES ('AAAA-BBBB', 1, 'x')
            """)
        #expect(try !db.tableExists("group_plan"))
      }
    }
    // GRDB created the file 0644; kartlegg refuses files others can read.
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    let store = try SQLiteStorage(path: path)
    let applied = try store.pool.read { try Schema.migrator.appliedIdentifiers($0) }
    #expect(
      applied.sorted() == [
        "1-intakes", "2-groups", "3-summary", "4-group-editing", "5-intake-locks",
        "6-import-keys", "7-erasure", "8-cohort-plan",
      ])
    #expect(try store.participants(cohort: "Eldre", includeNames: false).map(\.id) == ["AAAA-BBBB"])
    #expect(try store.groupPlan(cohort: "Eldre") == nil)
    try store.saveDraft(draft([("G1", ["AAAA-BBBB"])]), cohort: "Eldre", actor: "v")
    #expect(try store.groupPlan(cohort: "Eldre")?.groups.first?.members == ["AAAA-BBBB"])
  }

  @Test(arguments: StoreBackend.all) func aDraftRoundTripsAndAcceptingReplacesTheAcceptedPlan(
    backend: StoreBackend
  ) throws {
    let (temporary, ids, _) = try cohort(5, on: backend)
    let store = temporary.store
    try store.saveDraft(
      draft([("Morgen", [ids[3], ids[0]]), ("G1", [ids[1], ids[2], ids[4]])]),
      cohort: "Høst 2026", actor: "kari")
    let stored = try #require(try store.groupPlan(cohort: "Høst 2026"))
    #expect(stored.state == .draft)
    #expect(stored.plan.policy == "work")
    #expect(stored.plan.surveyHash == "abc123")
    #expect(stored.createdBy == "kari")
    #expect(stored.groups.map(\.name) == ["Morgen", "G1"])
    #expect(stored.groups.map(\.members) == [[ids[0], ids[3]], [ids[1], ids[2], ids[4]]])
    try store.acceptDraft(cohort: "Høst 2026", actor: "ola")
    let accepted = try #require(try store.groupPlan(cohort: "Høst 2026"))
    #expect(accepted.state == .accepted)
    #expect(accepted.acceptedBy == "ola")
    #expect(accepted.groups == stored.groups)
    #expect(try store.groupPlan(cohort: "Høst 2026", state: .draft) == nil)
    try store.saveDraft(draft([("G9", ids)], sizes: 1...9), cohort: "Høst 2026", actor: "kari")
    #expect(try store.groupPlan(cohort: "Høst 2026")?.state == .accepted)
    #expect(try store.groupPlan(cohort: "Høst 2026", state: .draft)?.groups.map(\.name) == ["G9"])
    let actions = try store.auditLog().filter { $0.action.hasPrefix("groups.") }
    #expect(actions.map(\.action) == ["groups.suggest", "groups.accept", "groups.suggest"])
    #expect(actions[0].detail == "cohort Høst 2026: policy work, 2 groups")
    #expect(actions.allSatisfy { $0.participant == nil })
  }

  @Test(arguments: StoreBackend.all) func movesStayWithinTheSizeLimits(backend: StoreBackend) throws
  {
    let (temporary, ids, other) = try cohort(8, on: backend)
    let store = temporary.store
    let cohort = "Høst 2026"
    #expect(
      refusal { try store.move(ids[0], to: "B", cohort: cohort, actor: "v") }
        == .noDraft(cohort: cohort))
    try store.saveDraft(
      draft([("A", Array(ids[0..<3])), ("B", Array(ids[3..<6])), ("C", Array(ids[6..<8]))]),
      cohort: cohort, actor: "v")
    #expect(
      refusal { try store.move(ids[6], to: "A", cohort: cohort, actor: "v") }
        == .belowMinimum(group: "C", size: 1, minimum: 2))
    #expect(
      refusal { try store.move(ids[0], to: "B", cohort: cohort, actor: "v") }
        == .aboveMaximum(group: "B", size: 4, maximum: 3))
    #expect(
      refusal { try store.move(ids[0], to: "D", cohort: cohort, actor: "v") }
        == .unknownGroup("D"))
    #expect(
      refusal { try store.move(ids[0], to: "A", cohort: cohort, actor: "v") }
        == .alreadyInGroup(ids[0], group: "A"))
    #expect(
      refusal { try store.move(other, to: "A", cohort: cohort, actor: "v") }
        == .notInCohort(other, cohort: cohort))
    #expect(
      refusal { try store.move(ids[0], to: "A", cohort: "Ingen", actor: "v") }
        == .unknownCohort("Ingen"))
    try store.move(ids[0], to: "C", cohort: cohort, actor: "v")
    let plan = try #require(try store.groupPlan(cohort: cohort))
    #expect(
      plan.groups.map(\.members) == [
        [ids[1], ids[2]], Array(ids[3..<6]), [ids[0], ids[6], ids[7]],
      ])
    let moves = try store.auditLog().filter { $0.action == "groups.move" }
    #expect(moves.map(\.participant) == [ids[0]])
    #expect(moves.first?.detail == "cohort \(cohort): A to C")
  }

  @Test(arguments: StoreBackend.all) func pinsAndApartPairsAreKeptAndRemoved(backend: StoreBackend)
    throws
  {
    let (temporary, ids, other) = try cohort(3, on: backend)
    let store = temporary.store
    let cohort = "Høst 2026"
    try store.pin(ids[0], to: "Morgen", cohort: cohort, actor: "v")
    try store.pin(ids[0], to: "Kveld", cohort: cohort, actor: "v")
    try store.pin(ids[1], to: "Morgen", cohort: cohort, actor: "v")
    try store.keepApart(
      ApartParticipants(ids[2], ids[1]), isApart: true, cohort: cohort, actor: "v")
    var constraints = try store.groupConstraints(cohort: cohort)
    #expect(constraints.pins == [ids[0]: "Kveld", ids[1]: "Morgen"])
    #expect(constraints.apart == [ApartParticipants(ids[1], ids[2])])
    try store.pin(ids[1], to: nil, cohort: cohort, actor: "v")
    try store.keepApart(
      ApartParticipants(ids[1], ids[2]), isApart: false, cohort: cohort, actor: "v")
    constraints = try store.groupConstraints(cohort: cohort)
    #expect(constraints == GroupConstraints(pins: [ids[0]: "Kveld"]))
    #expect(
      refusal {
        try store.keepApart(
          ApartParticipants(ids[0], ids[0]), isApart: true, cohort: cohort, actor: "v")
      } == .apartFromSelf(ids[0]))
    #expect(
      refusal { try store.pin(other, to: "Morgen", cohort: cohort, actor: "v") }
        == .notInCohort(other, cohort: cohort))
    let apart = try store.auditLog().filter { $0.action == "groups.apart" }
    #expect(Set(apart.compactMap(\.participant)) == [ids[1], ids[2]])
  }

  @Test(arguments: StoreBackend.all) func erasingAParticipantRemovesThemFromPlansPinsAndPairs(
    backend: StoreBackend
  ) throws {
    let (temporary, ids, _) = try cohort(4, on: backend)
    let store = temporary.store
    let cohort = "Høst 2026"
    try store.saveDraft(
      draft([("A", [ids[0], ids[1]]), ("B", [ids[2], ids[3]])]), cohort: cohort, actor: "v")
    try store.acceptDraft(cohort: cohort, actor: "v")
    try store.saveDraft(draft([("A", ids)], sizes: 1...4), cohort: cohort, actor: "v")
    try store.pin(ids[0], to: "A", cohort: cohort, actor: "v")
    try store.keepApart(
      ApartParticipants(ids[0], ids[2]), isApart: true, cohort: cohort, actor: "v")
    #expect(try store.erase(ids[0], actor: "v"))
    #expect(
      try store.groupPlan(cohort: cohort)?.groups.map(\.members) == [[ids[1]], [ids[2], ids[3]]])
    #expect(
      try store.groupPlan(cohort: cohort, state: .draft)?.groups.first?.members
        == [ids[1], ids[2], ids[3]])
    #expect(try store.groupConstraints(cohort: cohort) == GroupConstraints())
    #expect(try temporary.groupRows(mentioning: ids[0]) == 0)
  }
}
