import Foundation
import KartleggStore
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// The bridge from kartlegg's synchronous storage protocols to postgres-nio: one connection on an
/// event loop of its own; each call waits for its future on the caller's thread (never on the
/// event loop), one transaction at a time.
///
/// Waiting on a future instead of a `Task` keeps the bridge independent of Swift's cooperative
/// thread pool, so callers inside async code (tests, the load benchmark) cannot starve it.
final class PostgresConnector: @unchecked Sendable {
  /// Where the connection goes, without its password.
  let location: PostgresLocation
  private let group: MultiThreadedEventLoopGroup
  private let connection: PostgresConnection
  private let lock = NSLock()
  private let logger = Logger(label: "kartlegg.postgres") { _ in SwiftLogNoOpLogHandler() }

  /// The SQLSTATEs after which a whole transaction is tried again: serialization failure and
  /// deadlock.
  static let retryable: Set<String> = ["40001", "40P01"]

  /// Connects.
  ///
  /// - Parameters:
  ///   - location: The server, database and role.
  ///   - searchPath: A schema to use instead of `public` (tests).
  /// - Throws: ``StorageError/unreadable(path:reason:)`` when the server cannot be reached or
  ///   refuses the login.
  init(location: PostgresLocation, searchPath: String? = nil) throws {
    self.location = location
    group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    do {
      var configuration = PostgresConnection.Configuration(
        host: location.host, port: location.port, username: location.user,
        password: location.password, database: location.database,
        tls: try Self.tls(for: location))
      configuration.options.connectTimeout = .seconds(10)
      configuration.options.additionalStartupParameters =
        [
          ("application_name", "kartlegg"), ("synchronous_commit", "on"), ("lock_timeout", "5s"),
        ] + (searchPath.map { [("search_path", $0)] } ?? [])
      connection = try PostgresConnection.connect(
        on: group.next(), configuration: configuration, id: 1, logger: logger
      ).wait()
    } catch {
      try? group.syncShutdownGracefully()
      throw StorageError.unreadable(
        path: location.description, reason: Self.reason(for: error))
    }
  }

  deinit {
    try? connection.close().wait()
    try? group.syncShutdownGracefully()
  }

  /// Runs statements in one transaction, committed before returning; a serialization failure
  /// or deadlock tries the whole transaction again (up to 10 times), as PostgreSQL advises.
  ///
  /// - Parameters:
  ///   - readOnly: A read-only transaction on one snapshot (`REPEATABLE READ`).
  ///   - body: The statements.
  /// - Returns: What `body` returns.
  /// - Throws: What `body` throws, PostgreSQL errors as ``StorageError``.
  func transaction<T>(readOnly: Bool = false, _ body: (PostgresSession) throws -> T) throws -> T {
    lock.lock()
    defer { lock.unlock() }
    let session = PostgresSession(connection: connection, logger: logger)
    var attempt = 0
    while true {
      do {
        try session.execute(
          readOnly ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN")
        do {
          let result = try body(session)
          try session.execute("COMMIT")
          return result
        } catch {
          _ = try? session.execute("ROLLBACK")
          throw error
        }
      } catch let error as PSQLError
        where Self.retryable.contains(error.serverInfo?[.sqlState] ?? "") && attempt < 10
      {
        attempt += 1
        usleep(UInt32.random(in: 1_000...(10_000 * UInt32(attempt))))
      } catch {
        throw storageError(for: error)
      }
    }
  }

  /// Runs statements outside a transaction (`VACUUM`, session settings).
  ///
  /// - Parameter body: The statements.
  /// - Returns: What `body` returns.
  /// - Throws: What `body` throws, PostgreSQL errors as ``StorageError``.
  @discardableResult
  func withoutTransaction<T>(_ body: (PostgresSession) throws -> T) throws -> T {
    lock.lock()
    defer { lock.unlock() }
    do {
      return try body(PostgresSession(connection: connection, logger: logger))
    } catch {
      throw storageError(for: error)
    }
  }

  /// A PostgreSQL error as the store's error; other errors unchanged. Messages carry the
  /// server's text and SQLSTATE, which name tables and columns, never the values bound.
  func storageError(for error: any Error) -> any Error {
    guard let error = error as? PSQLError else { return error }
    let reason = Self.reason(for: error)
    switch error.serverInfo?[.sqlState] {
    case "42501"?: return StorageError.permissionDenied(role: location.user, reason: reason)
    case "55P03"?, "57014"?, "40001"?, "40P01"?: return StorageError.busy
    case let state?: return StorageError.server(sqlState: state, reason: reason)
    case nil: return StorageError.unreadable(path: location.description, reason: reason)
    }
  }

  static func reason(for error: any Error) -> String {
    guard let error = error as? PSQLError else { return "\(error)" }
    if let message = error.serverInfo?[.message] { return message }
    if let underlying = error.underlying { return "\(error.code): \(underlying)" }
    return "\(error.code)"
  }

  private static func tls(for location: PostgresLocation) throws
    -> PostgresConnection.Configuration
    .TLS
  {
    var configuration = TLSConfiguration.makeClientConfiguration()
    if let roots = location.rootCertificates { configuration.trustRoots = .file(roots) }
    switch location.tlsMode {
    case .disable, .allow: return .disable
    case .prefer:
      configuration.certificateVerification = .none
      return .prefer(try NIOSSLContext(configuration: configuration))
    case .require:
      configuration.certificateVerification = .none
      return .require(try NIOSSLContext(configuration: configuration))
    case .verifyCA:
      configuration.certificateVerification = .noHostnameVerification
      return .require(try NIOSSLContext(configuration: configuration))
    case .verifyFull:
      configuration.certificateVerification = .fullVerification
      return .require(try NIOSSLContext(configuration: configuration))
    }
  }
}

/// The connection inside ``PostgresConnector``'s lock: statements with bound parameters.
struct PostgresSession {
  let connection: PostgresConnection
  let logger: Logger

  /// Runs a statement and returns its rows.
  @discardableResult
  func query(_ query: PostgresQuery) throws -> PostgresQueryResult {
    try connection.query(query, logger: logger).wait()
  }

  /// Runs a statement and returns the number of rows it changed.
  @discardableResult
  func execute(_ query: PostgresQuery) throws -> Int {
    try self.query(query).metadata.rows ?? 0
  }

  /// The single column of a query's rows.
  func rows<Column: PostgresDecodable>(_ query: PostgresQuery, as type: Column.Type) throws
    -> [Column]
  {
    try self.query(query).map { try $0.decode(Column.self) }
  }

  /// The single column of a query's first row, if any.
  func first<Column: PostgresDecodable>(_ query: PostgresQuery, as type: Column.Type) throws
    -> Column?
  {
    try self.query(query).first.map { try $0.decode(Column.self) }
  }

  /// The rows of a query, each decoded as a tuple of column types.
  func rows<each Column: PostgresDecodable>(
    _ query: PostgresQuery, as type: (repeat each Column).Type
  ) throws -> [(repeat each Column)] {
    try self.query(query).map { try $0.decode((repeat each Column).self) }
  }

  /// The first row of a query, decoded as a tuple of column types, if any.
  func first<each Column: PostgresDecodable>(
    _ query: PostgresQuery, as type: (repeat each Column).Type
  ) throws -> (repeat each Column)? {
    try self.query(query).first.map { try $0.decode((repeat each Column).self) }
  }
}
