import Foundation
import GRDB
import KartleggCore

extension SQLiteStorage {
  /// Corrects a participant's registration in one transaction; the audit log records which
  /// fields changed, never their values.
  ///
  /// - Parameters:
  ///   - participant: Who.
  ///   - change: The corrections.
  ///   - actor: Who corrects.
  /// - Returns: Whether the participant exists.
  /// - Throws: ``StorageError`` when the database is busy.
  public func edit(_ participant: ParticipantID, _ change: RegistrationChange, actor: String)
    throws -> Bool
  {
    try write { db in
      guard
        try Bool.fetchOne(
          db, sql: "SELECT 1 FROM participant WHERE id = ?", arguments: [participant.rawValue])
          == true
      else { return false }
      if let name = change.name {
        try db.execute(
          sql: "UPDATE identity SET name = ? WHERE participant_id = ?",
          arguments: [name, participant.rawValue])
      }
      if let contact = change.contact {
        try db.execute(
          sql: "UPDATE identity SET contact = ? WHERE participant_id = ?",
          arguments: [contact.isEmpty ? nil : contact, participant.rawValue])
      }
      if let programme = change.programme {
        try db.execute(
          sql: "UPDATE participant SET programme = ? WHERE id = ?",
          arguments: [programme.isEmpty ? nil : programme, participant.rawValue])
      }
      if let cohort = change.cohort {
        try db.execute(
          sql: "INSERT OR IGNORE INTO cohort (name, created_at) VALUES (?, ?)",
          arguments: [cohort, timestamp()])
        try db.execute(
          sql:
            "UPDATE participant SET cohort_id = (SELECT id FROM cohort WHERE name = ?) WHERE id = ?",
          arguments: [cohort, participant.rawValue])
      }
      try audit(
        db, actor: actor, action: "participant.edit", participant: participant,
        detail: change.fieldNames.joined(separator: ","))
      return true
    }
  }
}
