import Foundation
import GRDB
import KartleggCore
import Testing

@testable import KartleggStore

@Suite struct OpeningTests {
  private func freshDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("kartlegg-open-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    return directory
  }

  @Test func eightConnectionsCreatingOneDatabaseAtOnceAllSucceed() throws {
    for _ in 0..<5 {
      let directory = try freshDirectory()
      defer { try? FileManager.default.removeItem(at: directory) }
      let path = directory.appendingPathComponent("k.sqlite").path
      let failures = Failures()
      DispatchQueue.concurrentPerform(iterations: 8) { _ in
        do {
          _ = try SQLiteStorage(path: path).participants(cohort: nil, includeNames: false)
        } catch {
          failures.add("\(error)")
        }
      }
      #expect(failures.all.isEmpty)
      let store = try SQLiteStorage(path: path)
      let applied = try store.pool.read { try Schema.migrator.appliedIdentifiers($0) }
      #expect(applied.count == Schema.migrations.count)
    }
  }

  @Test func aLockHeldAtStartIsBusyNotUnreadable() throws {
    let directory = try freshDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("k.sqlite").path
    _ = try SQLiteStorage(path: path)
    let holder = try DatabaseQueue.holdingTransactions(path: path)
    try holder.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE")
      try db.execute(sql: "BEGIN EXCLUSIVE")
      try db.execute(sql: "INSERT INTO cohort (name, created_at) VALUES ('x', 'x')")
    }
    #expect(throws: StorageError.busy) { _ = try SQLiteStorage(path: path) }
    try holder.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
  }

  @Test func aFileOthersCanReadIsRefusedUnlessShared() throws {
    let directory = try freshDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("k.sqlite").path
    _ = try SQLiteStorage(path: path)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    #expect {
      _ = try SQLiteStorage(path: path)
    } throws: { error in
      guard case .unsafeFile(let problem) = error as? StorageError else { return false }
      return problem == UnsafeDatabaseFile(.fileOpenToOthers(mode: 0o100644), path: path)
        && problem.description.contains("chmod 600 \(path)")
        && problem.description.contains("--allow-shared-file")
    }
    _ = try SQLiteStorage(path: path, allowsSharedFile: true)
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o644)
  }

  @Test func aDirectoryOthersCanWriteIsRefused() throws {
    let directory = try freshDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o1777], ofItemAtPath: directory.path)
    let path = directory.appendingPathComponent("k.sqlite").path
    #expect {
      _ = try SQLiteStorage(path: path)
    } throws: { error in
      guard case .unsafeFile(let problem) = error as? StorageError,
        case .directoryWritableByOthers = problem.reason
      else { return false }
      return problem.path == directory.path
    }
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test func aFileOwnedByAnotherUserIsRefused() throws {
    let directory = try freshDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("k.sqlite").path
    _ = try SQLiteStorage(path: path)
    let user = UInt32(geteuid())
    let problem = UnsafeDatabaseFile.check(path, user: user &+ 1)
    #expect(problem?.reason == .directoryOwnedByOther(owner: user) || user == 0)
    if user == 0 {
      #expect(problem?.reason == .fileOwnedByOther(owner: 0))
    }
    #expect(UnsafeDatabaseFile.check(path, user: user) == nil)
  }

  @Test func aFIFOIsNotADatabase() throws {
    let directory = try freshDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("k.sqlite").path
    #expect(mkfifo(path, 0o600) == 0)
    #expect(UnsafeDatabaseFile.check(path)?.reason == .notRegularFile)
  }
}

/// Errors collected from concurrent work.
private final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [String] = []

  func add(_ item: String) {
    lock.withLock { items.append(item) }
  }

  var all: [String] { lock.withLock { items } }
}
