import Foundation
import GRDB
import KartleggCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The default store: one SQLite file through GRDB.
///
/// Settings (asserted when the file opens, see ``settings()``): WAL journal, `synchronous=FULL`
/// (GRDB's pool sets NORMAL after `prepareDatabase`, so it is set again after opening),
/// `secure_delete=ON` so erased rows are overwritten, foreign keys, a 5-second busy timeout, and
/// every write in a `BEGIN IMMEDIATE` transaction so concurrent writers wait instead of failing.
/// The directory is created 0700 and the files 0600.
public final class SQLiteStorage: Storage {
  let pool: DatabasePool
  let clock: @Sendable () -> Date

  /// The settings every connection must have, as `PRAGMA` name and value.
  public static let requiredSettings: [(name: String, value: String)] = [
    ("journal_mode", "wal"), ("synchronous", "2"), ("secure_delete", "1"),
    ("foreign_keys", "1"), ("busy_timeout", "5000"),
  ]

  /// Opens (creating when needed) the database at a path and brings its schema up to date.
  ///
  /// Before opening, the file and its directory are checked (``UnsafeDatabaseFile``) unless
  /// `allowsSharedFile`. Migrations are serialised against other processes; an erasure left
  /// incomplete by a reader is finished here when no reader is left.
  ///
  /// - Parameters:
  ///   - path: The database file.
  ///   - allowsSharedFile: Whether a file or directory open to other users is accepted (a
  ///     deliberate group setup); such a file's mode is then left as it is.
  ///   - clock: The time source for timestamps.
  /// - Throws: ``StorageError``: `.busy` when another program holds a lock for longer than the
  ///   timeout, `.unsafeFile` for a file others could read or replace, `.unreadable` when the
  ///   file cannot be opened, `.setting` when a setting does not hold.
  public init(
    path: String, allowsSharedFile: Bool = false,
    clock: @escaping @Sendable () -> Date = { Date() }
  ) throws {
    self.clock = clock
    let previousMask = umask(0o077)
    defer { umask(previousMask) }
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    } catch {
      throw StorageError.unreadable(path: path, reason: "cannot create the directory")
    }
    if !allowsSharedFile, let problem = UnsafeDatabaseFile.check(path) {
      throw StorageError.unsafeFile(problem)
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    let isNew = size == 0
    do {
      var configuration = Configuration()
      configuration.busyMode = .timeout(5)
      configuration.foreignKeysEnabled = true
      configuration.prepareDatabase { db in
        try db.execute(sql: "PRAGMA secure_delete = ON")
      }
      pool = try Self.openPool(path: path, configuration: configuration, isNew: isNew)
      try pool.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA synchronous = FULL")
      }
      try Schema.migrate(pool, isNew: isNew)
    } catch let error as DatabaseError {
      throw Self.storageError(error, path: path)
    } catch {
      throw StorageError.unreadable(path: path, reason: error.localizedDescription)
    }
    if !allowsSharedFile {
      for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix)
      {
        chmod(path + suffix, 0o600)
      }
    }
    for (name, expected) in try settings() {
      guard let wanted = Self.requiredSettings.first(where: { $0.name == name })?.value,
        wanted == expected || (name == "busy_timeout" && (Int(expected) ?? 0) >= 5000)
      else {
        let wanted = Self.requiredSettings.first { $0.name == name }?.value ?? "?"
        throw StorageError.setting(name: name, expected: wanted, found: expected)
      }
    }
    try? finishPendingErasures(waiting: false)
  }

  /// Opens the pool. Switching a new file to WAL needs an exclusive lock, which processes
  /// creating one database at once take in turn; a new file is tried a few more times.
  private static func openPool(path: String, configuration: Configuration, isNew: Bool) throws
    -> DatabasePool
  {
    var attempt = 0
    while true {
      do {
        return try DatabasePool(path: path, configuration: configuration)
      } catch let error as DatabaseError
        where error.resultCode == .SQLITE_BUSY && isNew && attempt < Schema.busyRetries
      {
        attempt += 1
        usleep(50_000)
      }
    }
  }

  /// A database error as the store reports it: busy and locked are `.busy` (try again).
  static func storageError(_ error: DatabaseError, path: String) -> StorageError {
    switch error.resultCode {
    case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy
    default: return .unreadable(path: path, reason: error.message ?? "\(error.resultCode)")
    }
  }

  /// The settings as the writing connection reports them, by `PRAGMA` name.
  ///
  /// - Returns: Each required setting's current value.
  /// - Throws: ``StorageError`` when the database is busy, damaged or lacks the record.
  public func settings() throws -> [(String, String)] {
    do {
      return try pool.writeWithoutTransaction { db in
        try Self.requiredSettings.map { setting in
          let value = try String.fetchOne(db, sql: "PRAGMA \(setting.name)") ?? ""
          return (setting.name, value.lowercased())
        }
      }
    } catch let error as DatabaseError {
      throw Self.storageError(error, path: pool.path)
    }
  }

  /// Runs changes in one `BEGIN IMMEDIATE` transaction, committed before returning.
  func write<T>(_ changes: (Database) throws -> T) throws -> T {
    do {
      return try pool.writeWithoutTransaction { db in
        var result: T?
        try db.inTransaction(.immediate) {
          result = try changes(db)
          return .commit
        }
        guard let result else { throw StorageError.corrupt("transaction without result") }
        return result
      }
    } catch let error as DatabaseError
      where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    {
      throw StorageError.busy
    }
  }

  /// Reads from a consistent snapshot.
  func read<T>(_ query: (Database) throws -> T) throws -> T {
    do {
      return try pool.read(query)
    } catch let error as DatabaseError
      where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    {
      throw StorageError.busy
    }
  }

  /// Appends to the audit log inside a write.
  func audit(
    _ db: Database, actor: String, action: String, participant: ParticipantID?,
    detail: String? = nil
  ) throws {
    try db.executeCached(
      sql: "INSERT INTO audit (at, actor, action, participant_id, detail) VALUES (?, ?, ?, ?, ?)",
      arguments: [timestamp(), actor, action, participant?.rawValue, detail])
  }

  /// Now, as stored: ISO 8601 in UTC.
  func timestamp() -> String {
    clock().formatted(.iso8601)
  }

  static func date(_ text: String?) -> Date? {
    text.flatMap { try? Date($0, strategy: .iso8601) }
  }

  // MARK: Surveys

  /// Keeps a survey definition (once per content hash).
  ///
  /// - Parameter survey: The definition.
  /// - Throws: ``StorageError`` when the database is busy, damaged or lacks the record.
  public func keep(_ survey: StoredSurvey) throws {
    try write { db in
      try db.executeCached(
        sql: """
          INSERT OR IGNORE INTO survey_definition (hash, survey_id, version, source, kept_at)
          VALUES (?, ?, ?, ?, ?)
          """,
        arguments: [
          survey.hash, survey.id.rawValue, survey.version, Data(survey.source), timestamp(),
        ])
    }
  }

  /// A kept survey definition.
  ///
  /// - Parameter hash: The definition's SHA-256 in hex.
  /// - Returns: The definition, if kept.
  /// - Throws: ``StorageError`` when the database is busy, damaged or lacks the record.
  public func survey(hash: String) throws -> StoredSurvey? {
    try read { db in try Self.survey(hash: hash, in: db) }
  }

  static func survey(hash: String, in db: Database) throws -> StoredSurvey? {
    try Row.fetchOne(
      db, sql: "SELECT survey_id, version, source FROM survey_definition WHERE hash = ?",
      arguments: [hash]
    ).map { row in
      let source: Data = row["source"]
      return StoredSurvey(
        hash: hash, id: SurveyID(row["survey_id"] as String), version: row["version"],
        source: [UInt8](source))
    }
  }
}
