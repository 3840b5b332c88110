import Foundation
import KartleggCore
import PostgresNIO
import Testing

@testable import KartleggPostgres
@testable import KartleggStore

/// What only the PostgreSQL store has: session settings, its migration table, the audit log's
/// trigger, row locks on group edits, and the errors a server gives.
@Suite(.enabled(if: PostgresTestServer.isWanted, "\(PostgresTestServer.skipped)"))
struct PostgresStorageTests {
  private func postgres(_ temporary: BackendStore) throws -> PostgresStorage {
    try #require(temporary.store as? PostgresStorage)
  }

  @Test func aServerIsThereWhenTheTestsNeedOne() throws {
    #expect(PostgresTestServer.url != nil, "CI=true but KARTLEGG_TEST_POSTGRES_URL is not set")
  }

  @Test func theSessionCommitsSynchronouslyOnADurableServer() throws {
    let store = try postgres(try BackendStore(.postgres))
    let settings = Dictionary(uniqueKeysWithValues: try store.settings())
    #expect(settings == ["synchronous_commit": "on", "fsync": "on"])
  }

  @Test func migrationsAreRecordedOnceAndNotAppliedTwice() throws {
    let temporary = try BackendStore(.postgres)
    let store = try postgres(temporary)
    let applied = try store.read { session in
      try session.rows("SELECT name FROM kartlegg_migration ORDER BY name", as: String.self)
    }
    #expect(
      applied == [
        "1-intakes", "2-groups", "3-summary", "4-group-editing", "5-intake-locks", "6-import-keys",
        "8-cohort-plan",
      ])
    #expect(try PostgresSchema.migrate(store.connector) == [])
    _ = try temporary.reopened()
  }

  @Test func aDatabaseFromANewerProgramIsRefused() throws {
    let temporary = try BackendStore(.postgres)
    let store = try postgres(temporary)
    _ = try store.write { session in
      try session.execute("INSERT INTO kartlegg_migration (name) VALUES ('9-future')")
    }
    #expect {
      _ = try temporary.reopened()
    } throws: { error in
      guard case .newerSchema(_, let unknown) = error as? StorageError else { return false }
      return unknown == ["9-future"]
        && "\(error)".contains("newer kartlegg (migrations '9-future')")
    }
  }

  @Test func theAuditLogRefusesUpdateDeleteAndTruncate() throws {
    let temporary = try BackendStore(.postgres)
    _ = try temporary.participantWithIntake()
    let store = try postgres(temporary)
    for statement in ["UPDATE audit SET actor = 'x'", "DELETE FROM audit", "TRUNCATE audit"] {
      #expect(throws: StorageError.self, "\(statement)") {
        try store.write { session in try session.execute(PostgresQuery(unsafeSQL: statement)) }
      }
    }
    #expect(try store.auditLog().map(\.action) == ["participant.register", "intake.start"])
  }

  @Test func concurrentMovesIntoOneGroupNeverExceedItsMaximum() async throws {
    let temporary = try BackendStore(.postgres)
    let ids = try (0..<8).map { _ in try temporary.participantWithIntake().0 }
    try temporary.store.saveDraft(
      GroupPlanDraft(
        policy: "work", surveyHash: "abc123", minimumSize: 1, maximumSize: 4,
        groups: [
          StoredGroup(name: "A", members: Array(ids[0..<3])),
          StoredGroup(name: "B", members: Array(ids[3..<8])),
        ]), cohort: "Høst 2026", actor: "v")
    let stores = [temporary.store] + (try (0..<4).map { _ in try temporary.reopened() })
    let moved = try await withThrowingTaskGroup(of: Bool.self) { group in
      for (index, store) in stores.enumerated() {
        group.addTask {
          do {
            try store.move(ids[3 + index], to: "A", cohort: "Høst 2026", actor: "v\(index)")
            return true
          } catch let refusal as GroupPlanRefusal {
            guard case .aboveMaximum = refusal.reason else { throw refusal }
            return false
          }
        }
      }
      return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
    }
    #expect(moved == 1)
    let plan = try #require(try temporary.store.groupPlan(cohort: "Høst 2026"))
    #expect(plan.groups.map(\.members.count) == [4, 4])
  }

  @Test func anUnreachableServerIsNamedWithoutItsPassword() throws {
    let location = PostgresLocation(
      host: "127.0.0.1", port: 1, user: "kartlegg", password: "hemmelig", database: "kartlegg",
      tlsMode: .disable)
    #expect {
      _ = try PostgresStorage(location: location)
    } throws: { error in
      guard case .unreadable(let shown, _) = error as? StorageError else { return false }
      return shown == "postgresql://kartlegg@127.0.0.1:1/kartlegg?sslmode=disable"
        && !"\(error)".contains("hemmelig")
    }
  }

  @Test func anUnknownDatabaseIsNamedInTheError() throws {
    var location = try PostgresTestServer.location()
    location.database = "kartlegg_no_such_database"
    #expect {
      _ = try PostgresStorage(location: location)
    } throws: { error in
      guard case .unreadable(_, let reason) = error as? StorageError else { return false }
      return reason.contains("kartlegg_no_such_database")
    }
  }
}
