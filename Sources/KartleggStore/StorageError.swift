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

  /// The message for the adviser (never personal data).
  public var description: String {
    switch self {
    case .setting(let name, let expected, let found):
      return "SQLite setting \(name) is \(found), expected \(expected)"
    case .busy:
      return "the database stayed busy for more than 5 seconds; try again"
    case .unreadable(let path, let reason): return "\(path): cannot open the database: \(reason)"
    case .unknownIntake(let id): return "no intake \(id)"
    case .unknownParticipant(let id): return "no participant \(id)"
    case .corrupt(let what): return "stored data cannot be read: \(what)"
    }
  }
}
