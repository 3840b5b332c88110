import Foundation
import GRDB
import KartleggCore
import Testing

@testable import KartleggStore

@Suite struct StorageSettingsTests {
  @Test func migratesFromEmptyToEveryTable() throws {
    let temporary = try TemporaryStore()
    let tables = try temporary.store.pool.read { db in
      try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    }
    #expect(
      tables == [
        "answer", "audit", "cohort", "grdb_migrations", "group_apart", "group_pin", "group_plan",
        "identity", "import_key", "intake", "intake_lock", "override", "participant",
        "pending_erasure", "plan_group", "plan_group_member", "result", "result_value",
        "summary_release", "summary_release_member", "survey_definition",
      ])
  }

  @Test(arguments: StoreBackend.all)
  func reopeningKeepsDataAndSchema(backend: StoreBackend) throws {
    let temporary = try BackendStore(backend)
    let (id, _) = try temporary.participantWithIntake()
    let reopened = try temporary.reopened()
    #expect(try reopened.participants(cohort: nil, includeNames: false).map(\.id) == [id])
  }

  @Test func settingsHoldAfterOpening() throws {
    let temporary = try TemporaryStore()
    let settings = Dictionary(uniqueKeysWithValues: try temporary.store.settings())
    #expect(settings["journal_mode"] == "wal")
    #expect(settings["synchronous"] == "2")
    #expect(settings["secure_delete"] == "1")
    #expect(settings["foreign_keys"] == "1")
    #expect(settings["busy_timeout"] == "5000")
  }

  @Test func directoryIsOwnerOnlyAndFilesAreOwnerReadWrite() throws {
    let temporary = try TemporaryStore()
    _ = try temporary.participantWithIntake()
    func mode(_ path: String) throws -> Int {
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
    }
    #expect(try mode(temporary.directory.path) == 0o700)
    for suffix in ["", "-wal", "-shm"] {
      #expect(try mode(temporary.path + suffix) == 0o600, "\(suffix)")
    }
  }

  @Test func anUnreadableFileIsNamedInTheError() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("kartlegg-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("not-a-database.sqlite").path
    try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    #expect {
      _ = try SQLiteStorage(path: path)
    } throws: { error in
      guard case .unreadable(let named, _) = error as? StorageError else { return false }
      return named == path
    }
  }

  @Test func theAuditLogIsAppendOnly() throws {
    let temporary = try TemporaryStore()
    _ = try temporary.participantWithIntake()
    #expect(throws: DatabaseError.self) {
      try temporary.store.pool.write { db in try db.execute(sql: "UPDATE audit SET actor = 'x'") }
    }
    #expect(throws: DatabaseError.self) {
      try temporary.store.pool.write { db in try db.execute(sql: "DELETE FROM audit") }
    }
    #expect(
      try temporary.store.auditLog().map(\.action) == ["participant.register", "intake.start"])
  }

  @Test(arguments: StoreBackend.all)
  func twoStoresWritingAtOnceBothSucceed(backend: StoreBackend) async throws {
    let temporary = try BackendStore(backend)
    let (_, intake) = try temporary.participantWithIntake()
    let other = try temporary.reopened()
    let stores = [temporary.store, other]
    try await withThrowingTaskGroup(of: Void.self) { group in
      for (index, store) in stores.enumerated() {
        group.addTask {
          for step in 0..<100 {
            try store.record(
              .number(Double(step)), for: QuestionID("q\(index).\(step)"), in: intake, removing: [],
              actor: "writer \(index)")
          }
        }
      }
      try await group.waitForAll()
    }
    #expect(try temporary.store.answers(of: intake).answers.count == 200)
  }
}
