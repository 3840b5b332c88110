import Foundation
import GRDB
import KartleggCore
import Testing

@testable import KartleggPostgres
@testable import KartleggStore

/// The backends the conformance tests run against.
enum StoreBackend: String, Sendable, CustomTestStringConvertible {
  case sqlite
  case postgres

  /// SQLite always; PostgreSQL when a test server is given, and always under `CI=true`, where a
  /// missing server must fail the run rather than skip.
  static var all: [StoreBackend] { PostgresTestServer.isWanted ? [.sqlite, .postgres] : [.sqlite] }

  var testDescription: String { rawValue }
}

/// The PostgreSQL server for tests: `KARTLEGG_TEST_POSTGRES_URL`, set by
/// `eval "$(Tests/postgres/start.sh)"`.
enum PostgresTestServer {
  static let environment = ProcessInfo.processInfo.environment

  /// The server's URL, if one is given.
  static var url: String? {
    environment["KARTLEGG_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// Whether PostgreSQL tests must run (CI).
  static var isRequired: Bool { environment["CI"] == "true" }

  /// Whether PostgreSQL tests run.
  static var isWanted: Bool { url != nil || isRequired }

  /// Why PostgreSQL tests are skipped.
  static let skipped =
    "skipped: no PostgreSQL (run `eval \"$(Tests/postgres/start.sh)\"` to include it)"

  /// The server's location, or a failure that says how to start one.
  static func location() throws -> PostgresLocation {
    guard let url else {
      throw StorageError.invalidLocation(
        "KARTLEGG_TEST_POSTGRES_URL", reason: "no PostgreSQL for the tests; CI must start one")
    }
    guard case .postgres(let location) = try StorageLocation(parsing: url) else {
      throw StorageError.invalidLocation(url, reason: "not a PostgreSQL URL")
    }
    return location
  }
}

/// A fresh, empty store on one backend, removed when the test ends: a SQLite file in a temporary
/// directory, or a PostgreSQL schema of its own.
final class BackendStore {
  let backend: StoreBackend
  let store: any Storage & GroupPlanStorage
  private let directory: URL?
  private let schema: String?

  init(_ backend: StoreBackend) throws {
    self.backend = backend
    switch backend {
    case .sqlite:
      let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("kartlegg-store-\(UUID().uuidString)")
      self.directory = directory
      schema = nil
      store = try SQLiteStorage(path: directory.appendingPathComponent("kartlegg.sqlite").path)
    case .postgres:
      let schema = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
      self.schema = schema
      directory = nil
      store = try PostgresStorage(location: try PostgresTestServer.location(), schema: schema)
    }
  }

  deinit {
    if let directory { try? FileManager.default.removeItem(at: directory) }
    if let schema, let location = try? PostgresTestServer.location() {
      _ = try? PostgresConnector(location: location).withoutTransaction { session in
        try session.execute(.init(unsafeSQL: "DROP SCHEMA \(schema) CASCADE"))
      }
    }
  }

  /// A second store on the same database, as another machine would open it.
  func reopened() throws -> any Storage & GroupPlanStorage {
    switch backend {
    case .sqlite:
      return try SQLiteStorage(
        path: try #require(directory).appendingPathComponent("kartlegg.sqlite").path)
    case .postgres:
      return try PostgresStorage(location: try PostgresTestServer.location(), schema: schema)
    }
  }

  /// The number of rows in the group tables that mention a participant.
  func groupRows(mentioning participant: ParticipantID) throws -> Int {
    let id = participant.rawValue
    let sql = """
      SELECT (SELECT count(*) FROM plan_group_member WHERE participant_id = '\(id)')
        + (SELECT count(*) FROM group_pin WHERE participant_id = '\(id)')
        + (SELECT count(*) FROM group_apart WHERE first_id = '\(id)' OR second_id = '\(id)')
      """
    if let sqlite = store as? SQLiteStorage {
      return try sqlite.pool.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }
    let postgres = try #require(store as? PostgresStorage)
    return try postgres.read { session in
      Int(try session.first(.init(unsafeSQL: sql), as: Int64.self) ?? -1)
    }
  }

  /// A participant with an intake under a small kept survey.
  func participantWithIntake(name: String = "Amina Test", cohort: String = "Høst 2026") throws
    -> (ParticipantID, IntakeID)
  {
    let id = try store.register(
      Registration(name: name, contact: "+47 400 00 000", cohort: cohort, programme: "intro"),
      actor: "veileder")
    try store.keep(
      StoredSurvey(hash: "abc123", id: "digital-intake", version: "1.0", source: Array("<s/>".utf8))
    )
    let intake = try store.startIntake(
      for: id, surveyHash: "abc123", language: "ti", actor: "veileder")
    return (id, intake)
  }
}
