import ArgumentParser
import Foundation
import KartleggPostgres
import KartleggStore

/// The `--database` option: `--database PATH` or a `postgresql://` URL, else `$KARTLEGG_DATABASE`, else
/// `$XDG_DATA_HOME/kartlegg/kartlegg.sqlite` (`~/.local/share/kartlegg/kartlegg.sqlite` when
/// `XDG_DATA_HOME` is unset).
struct DatabaseOptions: ParsableArguments {
  @Option(
    name: .customLong("database"),
    help: ArgumentHelp(
      """
      The database: a SQLite file, or postgresql://USER@HOST[:PORT]/DATABASE \
      (default: $KARTLEGG_DATABASE or $XDG_DATA_HOME/kartlegg/kartlegg.sqlite).
      """,
      valueName: "path-or-url"))
  var path: String?

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

  /// Opens the store (at `path`, else the location in force: a SQLite file, or PostgreSQL for a
  /// `postgresql://` URL), printing why and exiting when it cannot.
  func open(at path: String? = nil) throws -> any Storage & GroupPlanStorage {
    do {
      return try StorageFactory.open(StorageLocation(parsing: path ?? resolved))
    } catch {
      throw StoreFailure.exit(for: error)
    }
  }
}

/// Turns store errors into a message on standard error and an exit code: 75 when the database
/// is busy (try again), 66 when it cannot be opened, 64 for a malformed location, 77 when the
/// database's grants refuse the role, 70 otherwise.
enum StoreFailure {
  static func exit(for error: any Error) -> ExitCode {
    if let message = error as? ValidationErrorMessage {
      Diagnostics.error("error: " + message.description)
      return ExitStatus.dataError
    }
    let storage = error as? StorageError
    Diagnostics.error("error: " + (storage?.description ?? "\(error)"))
    switch storage {
    case .busy: return ExitStatus.temporaryFailure
    case .unreadable: return ExitStatus.noInput
    case .invalidLocation: return ExitCode(64)
    case .permissionDenied: return ExitCode(77)
    default: return ExitStatus.internalError
    }
  }
}
