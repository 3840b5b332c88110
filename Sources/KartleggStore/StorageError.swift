import KartleggCore

/// Why the store refused or failed.
public enum StorageError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A setting the store relies on did not take effect.
  case setting(name: String, expected: String, found: String)
  /// The database is busy beyond the timeout.
  case busy
  /// The file is not a kartlegg database, or is damaged.
  case unreadable(path: String, reason: String)
  /// No such intake.
  case unknownIntake(IntakeID)
  /// No such participant.
  case unknownParticipant(ParticipantID)
  /// A stored value could not be read back.
  case corrupt(String)
  /// The database's schema is newer than this program: it has migrations this program lacks.
  case newerSchema(location: String, unknown: [String])
  /// The database's grants refuse this role the command (PostgreSQL SQLSTATE 42501).
  case permissionDenied(role: String, reason: String)
  /// The server refused or failed a statement, with its SQLSTATE (never the values involved).
  case server(sqlState: String, reason: String)
  /// `database copy` refuses a target that already holds data.
  case targetNotEmpty(table: String)
  /// `--database` names something that is neither a path nor a valid PostgreSQL URL.
  case invalidLocation(String, reason: String)
  /// An erasure is committed but another connection's read keeps the old pages in the file; it
  /// completes when the database is next opened.
  case erasureIncomplete
  /// The database file or its directory could be read or replaced by other users.
  case unsafeFile(UnsafeDatabaseFile)

  /// The message for the adviser (never personal data).
  public var description: String {
    switch self {
    case .setting(let name, let expected, let found):
      return "database setting \(name) is \(found), expected \(expected)"
    case .busy:
      return
        "the database is busy: another program held it locked for more than 5 seconds; try again"
    case .unreadable(let path, let reason): return "\(path): cannot open the database: \(reason)"
    case .unknownIntake(let id): return "no intake \(id)"
    case .unknownParticipant(let id): return "no participant \(id)"
    case .corrupt(let what): return "stored data cannot be read: \(what)"
    case .newerSchema(let location, let unknown):
      return "\(location): the database was upgraded by a newer kartlegg (migrations "
        + unknown.map { "'\($0)'" }.joined(separator: ", ") + "); use that version or newer"
    case .permissionDenied(let role, let reason):
      return "permission denied: the database role '\(role)' may not do this (\(reason))"
    case .server(let sqlState, let reason): return "the database refused (\(sqlState)): \(reason)"
    case .targetNotEmpty(let table):
      return "the target database is not empty (table \(table) has rows); copy into an empty one"
    case .invalidLocation(let location, let reason):
      return "'\(location)': not a database location: \(reason)"
    case .erasureIncomplete:
      return "the erasure is recorded, but another program is still reading the database, so the "
        + "erased data is not yet physically removed from the file; it will be when kartlegg next "
        + "opens the database — close the other program and run any kartlegg command (try again)"
    case .unsafeFile(let problem): return problem.description
    }
  }
}
