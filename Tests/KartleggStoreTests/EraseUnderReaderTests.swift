import Foundation
import GRDB
import KartleggCore
import Testing

@testable import KartleggStore

@Suite struct EraseUnderReaderTests {
  private func bytes(of path: String) -> Data {
    var all = Data()
    for suffix in ["", "-wal"] {
      if let part = FileManager.default.contents(atPath: path + suffix) { all.append(part) }
    }
    return all
  }

  @Test func aReaderMakesTheEraseFailLoudlyAndTheNextOpenFinishesIt() throws {
    let temporary = try TemporaryStore()
    let (erased, intake) = try temporary.participantWithIntake(name: "Zebulon Quarternary")
    try temporary.store.record(
      .text("Xylophone-Answer-Marker"), for: "free", in: intake, removing: [], actor: "v")
    let reader = try DatabaseQueue.holdingTransactions(path: temporary.path)
    try reader.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN")
      _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM identity")
    }

    #expect(throws: StorageError.erasureIncomplete) {
      _ = try temporary.store.erase(erased, actor: "v")
    }
    #expect(try temporary.store.hasPendingErasure())
    #expect(try temporary.store.participants(cohort: nil, includeNames: false).isEmpty)
    let clock = ContinuousClock()
    var stillPending = false
    let opening = try clock.measure {
      stillPending = try SQLiteStorage(path: temporary.path).hasPendingErasure()
    }
    #expect(stillPending)
    #expect(opening < .seconds(3), "opening waited for the reader: \(opening)")

    try reader.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
    try reader.close()
    let reopened = try SQLiteStorage(path: temporary.path)
    #expect(try !reopened.hasPendingErasure())
    let after = bytes(of: temporary.path)
    for marker in ["Zebulon Quarternary", "Xylophone-Answer-Marker"] {
      #expect(after.range(of: Data(marker.utf8)) == nil, "\(marker) survived")
    }
  }

  @Test func withoutAReaderTheEraseCompletesAndLeavesNothingPending() throws {
    let temporary = try TemporaryStore()
    let (erased, _) = try temporary.participantWithIntake(name: "Zebulon Quarternary")
    #expect(try temporary.store.erase(erased, actor: "v"))
    #expect(try !temporary.store.hasPendingErasure())
    #expect(bytes(of: temporary.path).range(of: Data("Zebulon".utf8)) == nil)
  }

  @Test func theAuditKeepsTheEventsButNotWhichQuestionsWereAnswered() throws {
    let temporary = try TemporaryStore()
    let (kept, keptIntake) = try temporary.participantWithIntake(name: "Keep")
    let (erased, intake) = try temporary.participantWithIntake(name: "Erase")
    for (store, target) in [(temporary.store, intake), (temporary.store, keptIntake)] {
      try store.record(.choice("other"), for: "industry", in: target, removing: [], actor: "v")
      try store.record(nil, for: "device.smartphone", in: target, removing: [], actor: "v")
    }
    #expect(try temporary.store.erase(erased, actor: "v"))

    let log = try temporary.store.auditLog()
    let theirs = log.filter { $0.participant == erased }
    #expect(
      theirs.map(\.action) == [
        "participant.register", "intake.start", "answer.record", "answer.skip",
        "participant.erase",
      ])
    #expect(theirs.allSatisfy { $0.detail == nil })
    let stored = try temporary.store.pool.read { db in
      try String.fetchAll(db, sql: "SELECT coalesce(detail, '') FROM audit")
    }
    #expect(stored.filter { $0 == "industry" }.count == 1)
    #expect(log.filter { $0.participant == kept }.compactMap(\.detail).contains("industry"))
  }

  @Test func theAuditLogCanOnlyHaveDetailsCleared() throws {
    let temporary = try TemporaryStore()
    _ = try temporary.participantWithIntake()
    #expect(throws: DatabaseError.self) {
      try temporary.store.pool.write { db in
        try db.execute(sql: "UPDATE audit SET detail = 'forged'")
      }
    }
    #expect(throws: DatabaseError.self) {
      try temporary.store.pool.write { db in
        try db.execute(sql: "UPDATE audit SET detail = NULL, action = 'x'")
      }
    }
  }
}
