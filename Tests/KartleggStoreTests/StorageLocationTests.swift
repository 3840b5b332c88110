import Foundation
import Testing

@testable import KartleggStore

@Suite struct StorageLocationTests {
  private func postgres(_ url: String, environment: [String: String] = [:], home: String = "/none")
    throws -> PostgresLocation
  {
    guard
      case .postgres(let location) = try StorageLocation(
        parsing: url, environment: environment, home: home)
    else {
      Issue.record("\(url) was taken as a SQLite path")
      throw StorageError.invalidLocation(url, reason: "test")
    }
    return location
  }

  @Test(arguments: ["kartlegg.sqlite", "/var/lib/kartlegg/k.sqlite", "postgresql:", "pg://x/y"])
  func anythingElseIsASQLitePath(text: String) throws {
    #expect(
      try StorageLocation(parsing: text, environment: [:], home: "/none") == .sqlite(path: text))
  }

  @Test func aFullURLGivesEveryPart() throws {
    let location = try postgres(
      "postgresql://adviser:s%40cret@db.kommune.no:6432/kartlegg?sslmode=verify-full&sslrootcert=/etc/ca.pem"
    )
    #expect(location.host == "db.kommune.no")
    #expect(location.port == 6432)
    #expect(location.user == "adviser")
    #expect(location.password == "s@cret")
    #expect(location.database == "kartlegg")
    #expect(location.tlsMode == .verifyFull)
    #expect(location.rootCertificates == "/etc/ca.pem")
    #expect(
      location.description == "postgresql://adviser@db.kommune.no:6432/kartlegg?sslmode=verify-full"
    )
  }

  @Test func thePostgresSchemeAndDefaultsWork() throws {
    let location = try postgres("postgres://kartlegg@127.0.0.1/kartlegg")
    #expect(location.port == 5432)
    #expect(location.tlsMode == .prefer)
    #expect(location.password == nil)
  }

  @Test(arguments: [
    ("postgresql://127.0.0.1/kartlegg", "no user"),
    ("postgresql://kartlegg@/kartlegg", "no host"),
    ("postgresql://kartlegg@127.0.0.1:5432/", "no database name"),
    ("postgresql://kartlegg@127.0.0.1/k?sslmode=always", "sslmode 'always' is not one of disable"),
    ("postgresql://kartlegg@127.0.0.1/k?colour=blue", "unknown parameter 'colour'"),
  ])
  func aMalformedURLIsRefusedWithTheReason(url: String, reason: String) throws {
    #expect {
      _ = try StorageLocation(parsing: url, environment: [:], home: "/none")
    } throws: { error in
      guard case .invalidLocation(let shown, let why) = error as? StorageError else { return false }
      return shown == url && why.hasPrefix(reason)
    }
  }

  @Test func aPasswordNeverAppearsInTheError() throws {
    let url = "postgresql://kartlegg:hemmelig@127.0.0.1/k?sslmode=sometimes"
    #expect {
      _ = try StorageLocation(parsing: url, environment: [:], home: "/none")
    } throws: { error in
      "\(error)".contains("kartlegg:***@127.0.0.1") && !"\(error)".contains("hemmelig")
    }
  }

  @Test func theURLPasswordWinsOverPGPASSWORD() throws {
    #expect(
      try postgres("postgresql://u:fromurl@h/d", environment: ["PGPASSWORD": "fromenv"]).password
        == "fromurl")
    #expect(
      try postgres("postgresql://u@h/d", environment: ["PGPASSWORD": "fromenv"]).password
        == "fromenv")
  }

  @Test func passwordFileLinesMatchLikeLibpq() {
    let file = PasswordFile(
      text: """
        # comment line
        db.kommune.no:5432:kartlegg:leader:first
        *:*:kartlegg:adviser:with\\:colon\\\\and backslash
        127.0.0.1:6543:*:*:wild
        *:*:*:*:fallback
        broken:line
        """)
    #expect(
      file.password(host: "db.kommune.no", port: 5432, database: "kartlegg", user: "leader")
        == "first")
    #expect(
      file.password(host: "other", port: 1, database: "kartlegg", user: "adviser")
        == "with:colon\\and backslash")
    #expect(file.password(host: "127.0.0.1", port: 6543, database: "x", user: "y") == "wild")
    #expect(
      file.password(host: "db.kommune.no", port: 5433, database: "kartlegg", user: "leader")
        == "fallback")
    #expect(file.entries.count == 4)
  }

  @Test func aPasswordFileOthersCanReadIsIgnored() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("kartlegg-pgpass-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent(".pgpass").path
    try Data("h:5432:d:u:secret\n".utf8).write(to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    #expect(PasswordFile(path: path) == nil)
    #expect(try postgres("postgresql://u@h/d", home: directory.path).password == nil)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    #expect(try postgres("postgresql://u@h/d", home: directory.path).password == "secret")
    #expect(
      try postgres(
        "postgresql://u@h/d", environment: ["PGPASSFILE": path + ".none"], home: directory.path
      )
      .password == nil)
  }
}
