import Foundation
import KartleggStore

/// Opens the store a ``StorageLocation`` names: SQLite for a path, PostgreSQL for a URL.
public enum StorageFactory {
  /// Opens (creating or migrating when needed) the store at a location.
  ///
  /// - Parameters:
  ///   - location: Where the store lives.
  ///   - allowsSharedFile: For SQLite, whether a file other users could read is deliberate.
  ///   - clock: The time source for timestamps.
  /// - Returns: The store.
  /// - Throws: ``StorageError`` when it cannot be opened.
  public static func open(
    _ location: StorageLocation, allowsSharedFile: Bool = false,
    clock: @escaping @Sendable () -> Date = { Date() }
  ) throws -> any Storage & GroupPlanStorage {
    switch location {
    case .sqlite(let path):
      return try SQLiteStorage(path: path, allowsSharedFile: allowsSharedFile, clock: clock)
    case .postgres(let server): return try PostgresStorage(location: server, clock: clock)
    }
  }
}
