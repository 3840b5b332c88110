import Foundation
import KartleggCore
import KartleggStore
import PostgresNIO

/// The shared store: one PostgreSQL database that several offices write to at once.
///
/// Same semantics as ``SQLiteStorage``: numbered migrations applied in one transaction, a
/// database newer than the program refused; every change one transaction committed before the
/// call returns, with `synchronous_commit=on` set for the session and checked when opening;
/// group-plan edits serialised per cohort by a row lock on the cohort; the audit log append-only
/// (a trigger, and no role is granted `UPDATE` or `DELETE` on it); erasure in one transaction,
/// followed by `VACUUM` of the tables it touched.
public final class PostgresStorage: Storage {
  let connector: PostgresConnector
  let clock: @Sendable () -> Date

  /// The settings the session must have, as `SHOW` name and value.
  public static let requiredSettings: [(name: String, value: String)] = [
    ("synchronous_commit", "on"), ("fsync", "on"),
  ]

  /// Connects, checks the settings and brings the schema up to date.
  ///
  /// - Parameters:
  ///   - location: The server, database and role.
  ///   - schema: A schema to keep the tables in instead of `public` (created when missing).
  ///   - clock: The time source for timestamps.
  /// - Throws: ``StorageError`` when the server cannot be reached, refuses the login, a setting
  ///   does not hold, or the schema is newer than this program.
  public init(
    location: PostgresLocation, schema: String? = nil,
    clock: @escaping @Sendable () -> Date = { Date() }
  ) throws {
    self.clock = clock
    if let schema {
      let setup = try PostgresConnector(location: location)
      try setup.withoutTransaction { session in
        try session.execute(
          PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(Self.quoted(schema))"))
      }
    }
    connector = try PostgresConnector(location: location, searchPath: schema)
    for (name, found) in try settings() {
      let wanted = Self.requiredSettings.first { $0.name == name }?.value ?? "?"
      guard found == wanted else {
        throw StorageError.setting(name: name, expected: wanted, found: found)
      }
    }
    try PostgresSchema.migrate(connector)
  }

  /// The settings as the session reports them, by `SHOW` name.
  ///
  /// - Returns: Each required setting's current value.
  /// - Throws: ``StorageError`` when the server fails.
  public func settings() throws -> [(String, String)] {
    try connector.withoutTransaction { session in
      try Self.requiredSettings.map { setting in
        let value = try session.first(
          PostgresQuery(unsafeSQL: "SHOW \(setting.name)"), as: String.self)
        return (setting.name, value ?? "")
      }
    }
  }

  /// The role the store logs in as.
  public var role: String { connector.location.user }

  /// Runs changes in one transaction, committed before returning.
  @discardableResult
  func write<T>(_ changes: (PostgresSession) throws -> T) throws -> T {
    try connector.transaction(changes)
  }

  /// Reads from one snapshot.
  func read<T>(_ query: (PostgresSession) throws -> T) throws -> T {
    try connector.transaction(readOnly: true, query)
  }

  /// Appends to the audit log inside a write.
  func audit(
    _ session: PostgresSession, actor: String, action: String, participant: ParticipantID?,
    detail: String? = nil
  ) throws {
    try session.execute(
      """
      INSERT INTO audit (at, actor, action, participant_id, detail)
      VALUES (\(timestamp()), \(actor), \(action), \(participant?.rawValue), \(detail))
      """)
  }

  /// Now, as stored: ISO 8601 in UTC (the same text as the SQLite store).
  func timestamp() -> String {
    clock().formatted(.iso8601)
  }

  static func date(_ text: String?) -> Date? {
    text.flatMap { try? Date($0, strategy: .iso8601) }
  }

  /// An identifier quoted for SQL.
  static func quoted(_ identifier: String) -> String {
    "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  // MARK: Surveys

  /// Keeps a survey definition (once per content hash).
  ///
  /// - Parameter survey: The definition.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func keep(_ survey: StoredSurvey) throws {
    try write { session in
      try session.execute(
        """
        INSERT INTO survey_definition (hash, survey_id, version, source, kept_at)
        VALUES (\(survey.hash), \(survey.id.rawValue), \(survey.version),
          \(ByteBuffer(bytes: survey.source)), \(timestamp()))
        ON CONFLICT (hash) DO NOTHING
        """)
    }
  }

  /// A kept survey definition.
  ///
  /// - Parameter hash: The definition's SHA-256 in hex.
  /// - Returns: The definition, if kept.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func survey(hash: String) throws -> StoredSurvey? {
    try read { session in try Self.survey(hash: hash, in: session) }
  }

  static func survey(hash: String, in session: PostgresSession) throws -> StoredSurvey? {
    try session.first(
      "SELECT survey_id, version, source FROM survey_definition WHERE hash = \(hash)",
      as: (String, String, ByteBuffer).self
    ).map { id, version, source in
      StoredSurvey(
        hash: hash, id: SurveyID(id), version: version, source: Array(source.readableBytesView))
    }
  }
}
