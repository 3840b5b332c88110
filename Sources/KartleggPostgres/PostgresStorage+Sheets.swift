import Foundation
import KartleggCore
import KartleggStore

extension PostgresStorage {
  /// Records in the audit log that a group's sheet was made with names.
  ///
  /// - Parameters:
  ///   - cohort: The cohort.
  ///   - group: The group's name.
  ///   - actor: Who made it.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func noteGroupSheet(cohort: String, group: String, actor: String) throws {
    try write { session in
      try audit(
        session, actor: actor, action: "group.sheet-names", participant: nil,
        detail: "cohort \(cohort) group \(group)")
    }
  }
}
