import Foundation
import KartleggApp
import KartleggCommandLine
import KartleggPostgres
import KartleggStore

/// The `--database` option: `--database PATH`, else `$KARTLEGG_DATABASE`, else
/// `$XDG_DATA_HOME/kartlegg/kartlegg.sqlite` (`~/.local/share/kartlegg/kartlegg.sqlite` when
/// `XDG_DATA_HOME` is unset).
struct DatabaseOptions {
  let path: String?
  let allowsSharedFile: Bool

  init(reading line: CommandLineReader) {
    path = line.option(
      "database", value: "path",
      help:
        "The database file (default: $KARTLEGG_DATABASE or $XDG_DATA_HOME/kartlegg/kartlegg.sqlite)."
    )
    allowsSharedFile = line.flag(
      "allow-shared-file",
      help: "Accept a database file or directory other users can read or write (a deliberate group "
        + "setup); without it such a file is refused.")
  }

  /// Whether a database was named, with `--database` or `KARTLEGG_DATABASE`.
  var isGiven: Bool {
    !(path ?? ProcessEnvironment.value("KARTLEGG_DATABASE") ?? "").isEmpty
  }

  /// The path in force.
  var resolved: String {
    if let path = path ?? ProcessEnvironment.value("KARTLEGG_DATABASE"), !path.isEmpty {
      return path
    }
    return defaultPath
  }

  /// The path when none is given.
  var defaultPath: String {
    let data =
      ProcessEnvironment.value("XDG_DATA_HOME").flatMap { $0.hasPrefix("/") ? $0 : nil }
      ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
      .path
    return URL(fileURLWithPath: data).appendingPathComponent("kartlegg/kartlegg.sqlite").path
  }

  /// Opens the store (at `path`, else the location in force): a SQLite file, or PostgreSQL for a
  /// `postgresql://` URL.
  ///
  /// - Parameters:
  ///   - path: A path other than the one in force.
  ///   - context: For reporting a failure in the adviser's language.
  /// - Returns: The store.
  /// - Throws: An exit code after printing why (75 busy, 66 unreadable, 64 a malformed URL,
  ///   77 open to other users or refused by the database's grants).
  func open(at path: String? = nil, context: CommandContext) throws -> any KartleggStorage {
    try context.run {
      try StorageFactory.open(
        StorageLocation(parsing: path ?? resolved), allowsSharedFile: allowsSharedFile)
    }
  }
}
