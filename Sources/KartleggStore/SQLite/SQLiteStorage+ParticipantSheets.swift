import GRDB
import KartleggCore

extension SQLiteStorage {
  /// Records in the audit log that a participant's result sheet was made: the event and the
  /// participant's id, nothing of the result.
  ///
  /// - Parameters:
  ///   - participant: The participant.
  ///   - actor: Who made it.
  /// - Throws: ``StorageError`` when the database is busy or damaged.
  public func noteSheetMade(for participant: ParticipantID, actor: String) throws {
    try write { db in
      try audit(db, actor: actor, action: "participant.sheet", participant: participant)
    }
  }
}
