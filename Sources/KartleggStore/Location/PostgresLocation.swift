import Foundation

/// A PostgreSQL database named by a URL,
/// `postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…&sslrootcert=…]`.
///
/// The password comes, as in libpq, from the URL, else `PGPASSWORD`, else the first matching
/// line of the password file (`PGPASSFILE`, default `~/.pgpass`), which is ignored unless only
/// its owner can read it.
public struct PostgresLocation: Hashable, Sendable, CustomStringConvertible {
  /// How the connection uses TLS, as libpq's `sslmode`.
  public enum TLSMode: String, Hashable, Sendable, CaseIterable {
    /// Never TLS.
    case disable
    /// Plain first (kartlegg treats it as `disable`).
    case allow
    /// TLS when the server offers it, without checking the certificate (libpq's default).
    case prefer
    /// TLS or no connection; the certificate is not checked.
    case require
    /// TLS with a certificate signed by a trusted authority, any host name.
    case verifyCA = "verify-ca"
    /// TLS with a trusted certificate for this host name.
    case verifyFull = "verify-full"
  }

  /// The server's host name or address.
  public var host: String
  /// The server's port.
  public var port: Int
  /// The database role to log in as.
  public var user: String
  /// The password, when one was found.
  public var password: String?
  /// The database's name.
  public var database: String
  /// How TLS is used.
  public var tlsMode: TLSMode
  /// A file of trusted root certificates (PEM) for `verify-ca` and `verify-full`.
  public var rootCertificates: String?

  /// Creates a location from its parts.
  ///
  /// - Parameters:
  ///   - host: The server.
  ///   - port: The port.
  ///   - user: The role.
  ///   - password: The password, if any.
  ///   - database: The database.
  ///   - tlsMode: How TLS is used.
  ///   - rootCertificates: Trusted roots for verification, if not the system's.
  public init(
    host: String, port: Int = 5432, user: String, password: String? = nil, database: String,
    tlsMode: TLSMode = .prefer, rootCertificates: String? = nil
  ) {
    self.host = host
    self.port = port
    self.user = user
    self.password = password
    self.database = database
    self.tlsMode = tlsMode
    self.rootCertificates = rootCertificates
  }

  /// Parses a URL and finds its password.
  ///
  /// - Parameters:
  ///   - url: The URL.
  ///   - environment: The environment, for `PGPASSWORD` and `PGPASSFILE`.
  ///   - home: The home directory, for `~/.pgpass`.
  /// - Throws: ``StorageError/invalidLocation(_:reason:)`` naming what is wrong.
  public init(url: String, environment: [String: String], home: String) throws {
    let shown = Self.redacting(url)
    func invalid(_ reason: String) -> StorageError { .invalidLocation(shown, reason: reason) }
    guard let components = URLComponents(string: url) else {
      throw invalid("not a URL")
    }
    guard let host = components.host, !host.isEmpty else {
      throw invalid("no host (expected postgresql://USER@HOST[:PORT]/DATABASE)")
    }
    guard let user = components.user, !user.isEmpty else {
      throw invalid("no user (expected postgresql://USER@HOST[:PORT]/DATABASE)")
    }
    let database = String(components.path.drop { $0 == "/" })
    guard !database.isEmpty, !database.contains("/") else {
      throw invalid("no database name (expected postgresql://USER@HOST[:PORT]/DATABASE)")
    }
    if let port = components.port, !(1...65535).contains(port) {
      throw invalid("port \(port) is out of range")
    }
    var tlsMode = TLSMode.prefer
    var rootCertificates: String?
    for item in components.queryItems ?? [] {
      switch item.name {
      case "sslmode":
        guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
          throw invalid(
            "sslmode '\(item.value ?? "")' is not one of "
              + TLSMode.allCases.map(\.rawValue).joined(separator: ", "))
        }
        tlsMode = mode
      case "sslrootcert": rootCertificates = item.value
      case "application_name", "connect_timeout": continue
      default: throw invalid("unknown parameter '\(item.name)'")
      }
    }
    self.init(
      host: host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host,
      port: components.port ?? 5432, user: user, password: components.password,
      database: database.removingPercentEncoding ?? database, tlsMode: tlsMode,
      rootCertificates: rootCertificates)
    if password == nil || password == "" {
      password = environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
    }
    if password == nil {
      let file = environment["PGPASSFILE"] ?? (home + "/.pgpass")
      password = PasswordFile(path: file)?.password(
        host: self.host, port: port, database: self.database, user: self.user)
    }
  }

  /// The URL without the password.
  public var description: String {
    let query = tlsMode == .prefer ? "" : "?sslmode=\(tlsMode.rawValue)"
    let shownHost = host.contains(":") ? "[\(host)]" : host
    return "postgresql://\(user)@\(shownHost):\(port)/\(database)\(query)"
  }

  /// A URL with any password replaced by `***`, for messages.
  static func redacting(_ url: String) -> String {
    guard let at = url.lastIndex(of: "@"), let scheme = url.range(of: "://"),
      scheme.upperBound < at
    else { return url }
    let userInfo = url[scheme.upperBound..<at]
    guard let colon = userInfo.firstIndex(of: ":") else { return url }
    return String(url[..<colon]) + ":***" + String(url[at...])
  }
}
