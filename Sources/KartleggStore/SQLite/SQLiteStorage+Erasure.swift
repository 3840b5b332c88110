import Foundation
import GRDB
import KartleggCore

extension SQLiteStorage {
  /// Erases a participant so that nothing of them stays readable in the file.
  ///
  /// In one transaction: deletes the participant (identity, intakes, answers, results,
  /// overrides and import keys follow by cascade), clears the `detail` of their audit entries
  /// (which questions were answered) keeping the events and the pseudonymous id, adds the
  /// `participant.erase` entry and a `pending_erasure` row. Then — because `secure_delete` only
  /// zeroes pages in the main file, and the WAL still holds earlier copies — it checkpoints the
  /// WAL into the file, rebuilds the file with `VACUUM` and truncates the WAL
  /// (``finishPendingErasures()``), and only then removes the pending row.
  ///
  /// - Parameters:
  ///   - participant: The participant.
  ///   - actor: Who erases.
  /// - Returns: Whether the participant existed.
  /// - Throws: ``StorageError/erasureIncomplete`` when another connection's read kept the
  ///   checkpoint from completing within the busy timeout (the erasure is committed and is
  ///   finished on the next open); ``StorageError/busy`` when the delete itself could not run.
  public func erase(_ participant: ParticipantID, actor: String) throws -> Bool {
    let existed = try write { db -> Bool in
      try db.execute(sql: "DELETE FROM participant WHERE id = ?", arguments: [participant.rawValue])
      guard db.changesCount == 1 else { return false }
      try db.execute(
        sql: "UPDATE audit SET detail = NULL WHERE participant_id = ? AND detail IS NOT NULL",
        arguments: [participant.rawValue])
      try audit(db, actor: actor, action: "participant.erase", participant: participant)
      try db.execute(
        sql: "INSERT INTO pending_erasure (erased_at) VALUES (?)", arguments: [timestamp()])
      return true
    }
    guard existed else { return false }
    try finishPendingErasures()
    return true
  }

  /// Whether an erasure is committed but not yet physically complete.
  ///
  /// - Returns: `true` while a `pending_erasure` row is left.
  /// - Throws: ``StorageError`` when the database is busy.
  public func hasPendingErasure() throws -> Bool {
    try read { db in
      try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM pending_erasure)") ?? false
    }
  }

  /// Finishes committed erasures: checkpoints the WAL into the file (every frame, truncating
  /// the WAL), rebuilds the file with `VACUUM`, checkpoints again, then clears the pending rows.
  ///
  /// Each checkpoint's result is checked: SQLite reports a checkpoint that a reader blocked
  /// (after waiting the busy timeout) as `busy`, not as an error, and such a checkpoint leaves
  /// the erased data in the file.
  ///
  /// - Parameter waiting: Whether to wait (up to the busy timeout) for readers; opening the
  ///   database does not, so that a reader held elsewhere does not slow every command down —
  ///   it first checks with a passive checkpoint that no reader is in the way.
  /// - Throws: ``StorageError/erasureIncomplete`` when a reader blocks a checkpoint.
  public func finishPendingErasures(waiting: Bool = true) throws {
    guard try hasPendingErasure() else { return }
    do {
      try pool.writeWithoutTransaction { db in
        if !waiting {
          guard let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)"),
            (row[0] as Int) == 0, (row[1] as Int) <= 0 || (row[2] as Int) == (row[1] as Int)
          else { throw StorageError.erasureIncomplete }
        }
        try Self.checkpoint(db)
        try db.execute(sql: "VACUUM")
        try db.execute(sql: "DELETE FROM pending_erasure")
        try Self.checkpoint(db)
      }
    } catch let error as DatabaseError {
      throw Self.storageError(error, path: pool.path) == .busy
        ? StorageError.erasureIncomplete : Self.storageError(error, path: pool.path)
    }
  }

  /// Runs `wal_checkpoint(TRUNCATE)` and throws unless every frame was copied and the WAL
  /// emptied.
  private static func checkpoint(_ db: Database) throws {
    guard let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") else {
      throw StorageError.erasureIncomplete
    }
    let blocked: Int = row[0]
    let frames: Int = row[1]
    let copied: Int = row[2]
    guard blocked == 0, frames <= 0 || copied == frames else {
      throw StorageError.erasureIncomplete
    }
  }
}
