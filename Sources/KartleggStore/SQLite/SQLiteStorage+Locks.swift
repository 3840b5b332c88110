import Foundation
import GRDB
import KartleggCore

extension SQLiteStorage {
  /// Opens an intake for one session, in one transaction: a lock of a live holder stays, a
  /// lock of a process that is gone is taken over.
  ///
  /// - Parameters:
  ///   - intake: The intake.
  ///   - holder: This session.
  ///   - isAlive: Whether another holder's process still runs.
  /// - Returns: `nil` when the intake is now this holder's, else who has it open.
  /// - Throws: ``StorageError`` when the database is busy.
  public func lock(_ intake: IntakeID, as holder: IntakeLock, isAlive: (IntakeLock) -> Bool)
    throws -> IntakeLock?
  {
    try write { db in
      if let row = try Row.fetchOne(
        db, sql: "SELECT process_id, host, since FROM intake_lock WHERE intake_id = ?",
        arguments: [intake])
      {
        let current = IntakeLock(
          processID: row["process_id"], host: row["host"],
          since: Self.date(row["since"]) ?? Date(timeIntervalSince1970: 0))
        if current.processID == holder.processID, current.host == holder.host { return nil }
        if isAlive(current) { return current }
      }
      try db.execute(
        sql: """
          INSERT INTO intake_lock (intake_id, process_id, host, since) VALUES (?, ?, ?, ?)
          ON CONFLICT(intake_id) DO UPDATE SET process_id = excluded.process_id,
            host = excluded.host, since = excluded.since
          """,
        arguments: [intake, holder.processID, holder.host, holder.since.formatted(.iso8601)])
      return nil
    }
  }

  /// Closes an intake this holder opened.
  ///
  /// - Parameters:
  ///   - intake: The intake.
  ///   - holder: This session.
  /// - Throws: ``StorageError`` when the database is busy.
  public func unlock(_ intake: IntakeID, holder: IntakeLock) throws {
    try write { db in
      try db.execute(
        sql: "DELETE FROM intake_lock WHERE intake_id = ? AND process_id = ? AND host = ?",
        arguments: [intake, holder.processID, holder.host])
    }
  }
}
