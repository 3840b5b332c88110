import ArgumentParser
import Foundation
import KartleggStore

/// The `--database` option: `--database PATH`, else `$KARTLEGG_DATABASE`, else
/// `$XDG_DATA_HOME/kartlegg/kartlegg.sqlite` (`~/.local/share/kartlegg/kartlegg.sqlite` when
/// `XDG_DATA_HOME` is unset).
struct DatabaseOptions: ParsableArguments {
  @Option(
    name: .customLong("database"),
    help: ArgumentHelp(
      "The database file (default: $KARTLEGG_DATABASE or $XDG_DATA_HOME/kartlegg/kartlegg.sqlite).",
      valueName: "path"))
  var path: String?

  @Flag(
    name: .customLong("allow-shared-file"),
    help: ArgumentHelp(
      "Accept a database file or directory other users can read or write (a deliberate group "
        + "setup); without it such a file is refused."))
  var allowsSharedFile = false

  /// Whether a database was named, with `--database` or `KARTLEGG_DATABASE`.
  var isGiven: Bool {
    !(path ?? ProcessInfo.processInfo.environment["KARTLEGG_DATABASE"] ?? "").isEmpty
  }

  /// The path in force.
  var resolved: String {
    let environment = ProcessInfo.processInfo.environment
    if let path = path ?? environment["KARTLEGG_DATABASE"], !path.isEmpty { return path }
    let data =
      environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
      ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
      .path
    return URL(fileURLWithPath: data).appendingPathComponent("kartlegg/kartlegg.sqlite").path
  }

  /// Opens the store (at `path`, else the path in force), printing why and exiting when it
  /// cannot.
  func open(at path: String? = nil) throws -> SQLiteStorage {
    do {
      return try SQLiteStorage(path: path ?? resolved, allowsSharedFile: allowsSharedFile)
    } catch {
      throw StoreFailure.exit(for: error)
    }
  }
}

/// Turns store errors into a message on standard error and an exit code: 75 when the database
/// is busy or an erasure is not yet physically complete (try again), 77 when the file is open to
/// other users, 66 when it cannot be opened, 70 otherwise.
enum StoreFailure {
  static func exit(for error: any Error) -> ExitCode {
    if let message = error as? ValidationErrorMessage {
      Diagnostics.error("error: " + message.description)
      return ExitStatus.dataError
    }
    let storage = error as? StorageError
    Diagnostics.error("error: " + (storage?.description ?? "\(error)"))
    switch storage {
    case .busy, .erasureIncomplete: return ExitStatus.temporaryFailure
    case .unsafeFile: return ExitStatus.noPermission
    case .unreadable: return ExitStatus.noInput
    default: return ExitStatus.internalError
    }
  }
}
