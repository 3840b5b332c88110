import KartleggStore

extension AppMessage {
  /// A storage failure in the adviser's words. A database server's or driver's own reason
  /// stays as it came.
  ///
  /// - Parameter error: What the store threw.
  /// - Returns: The message.
  public static func storage(_ error: StorageError) -> AppMessage {
    switch error {
    case .setting(let name, let expected, let found):
      return .key("error.storage.setting", name, found, expected)
    case .busy: return .key("error.storage.busy")
    case .unreadable(let path, let reason): return .key("error.storage.unreadable", path, reason)
    case .unknownIntake(let id): return .key("error.storage.unknown-intake", id)
    case .unknownParticipant(let id): return .key("error.storage.unknown-participant", id)
    case .corrupt(let what): return .key("error.storage.corrupt", what)
    case .newerSchema(let location, let unknown):
      return .key(
        "error.storage.newer-schema", location,
        unknown.map { "'\($0)'" }.joined(separator: ", "))
    case .permissionDenied(let role, let reason):
      return .key("error.storage.permission-denied", role, reason)
    case .server(let sqlState, let reason): return .key("error.storage.server", sqlState, reason)
    case .targetNotEmpty(let table): return .key("error.storage.target-not-empty", table)
    case .invalidLocation(let location, let reason):
      return .key("error.storage.invalid-location", location, reason)
    case .erasureIncomplete: return .key("error.storage.erasure-incomplete")
    case .unsafeFile(let problem): return unsafe(problem)
    }
  }

  private static func unsafe(_ problem: UnsafeDatabaseFile) -> AppMessage {
    let path = problem.path
    switch problem.reason {
    case .fileOwnedByOther(let owner):
      return .key("error.storage.file-owned-by-other", path, owner)
    case .fileOpenToOthers(let mode):
      return .key("error.storage.file-open-to-others", path, String(mode & 0o777, radix: 8))
    case .directoryOwnedByOther(let owner):
      return .key("error.storage.directory-owned-by-other", path, owner)
    case .directoryWritableByOthers(let mode):
      return .key(
        "error.storage.directory-writable-by-others", path, String(mode & 0o7777, radix: 8))
    case .notRegularFile: return .key("error.storage.not-regular-file", path)
    }
  }
}
