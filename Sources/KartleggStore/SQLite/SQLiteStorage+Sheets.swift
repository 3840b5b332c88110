import Foundation
import GRDB
import KartleggCore

extension SQLiteStorage {
  /// Records in the audit log that a group's sheet was made with names.
  ///
  /// - Parameters:
  ///   - cohort: The cohort.
  ///   - group: The group's name.
  ///   - actor: Who made it.
  /// - Throws: ``StorageError`` when the database is busy.
  public func noteGroupSheet(cohort: String, group: String, actor: String) throws {
    try write { db in
      try audit(
        db, actor: actor, action: "group.sheet-names", participant: nil,
        detail: "cohort \(cohort) group \(group)")
    }
  }
}
