import KartleggCore
import KartleggStore

extension PostgresStorage {
  /// Records in the audit log that a participant's result sheet was made: the event and the
  /// participant's id, nothing of the result.
  ///
  /// - Parameters:
  ///   - participant: The participant.
  ///   - actor: Who made it.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func noteSheetMade(for participant: ParticipantID, actor: String) throws {
    try write { session in
      try audit(
        session, actor: actor, action: "participant.sheet", participant: participant, detail: nil)
    }
  }
}
