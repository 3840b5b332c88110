import Foundation

/// Where the store lives, as given by `--database` or `KARTLEGG_DATABASE`: a PostgreSQL server
/// for a `postgresql://` or `postgres://` URL, a SQLite file for anything else.
public enum StorageLocation: Hashable, Sendable, CustomStringConvertible {
  /// A SQLite database file.
  case sqlite(path: String)
  /// A PostgreSQL database on a server.
  case postgres(PostgresLocation)

  /// Reads a location the way kartlegg's `--database` does.
  ///
  /// - Parameters:
  ///   - text: The path or URL.
  ///   - environment: The environment, for `PGPASSWORD` and `PGPASSFILE`.
  ///   - home: The home directory, for `~/.pgpass`.
  /// - Throws: ``StorageError/invalidLocation(_:reason:)`` for a malformed PostgreSQL URL.
  public init(
    parsing text: String, environment: [String: String] = ProcessInfo.processInfo.environment,
    home: String = FileManager.default.homeDirectoryForCurrentUser.path
  ) throws {
    let lowered = text.lowercased()
    if lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://") {
      self = .postgres(try PostgresLocation(url: text, environment: environment, home: home))
    } else {
      self = .sqlite(path: text)
    }
  }

  /// The location as shown to the adviser: the path, or the URL without its password.
  public var description: String {
    switch self {
    case .sqlite(let path): return path
    case .postgres(let location): return location.description
    }
  }
}
