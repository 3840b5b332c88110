import Foundation
import GRDB
import KartleggCore

@testable import KartleggStore

/// A store in a fresh temporary directory, removed when the test ends.
final class TemporaryStore {
  let directory: URL
  let path: String
  let store: SQLiteStorage

  init() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("kartlegg-store-\(UUID().uuidString)")
      .appendingPathComponent("data")
    path = directory.appendingPathComponent("kartlegg.sqlite").path
    store = try SQLiteStorage(path: path)
  }

  deinit {
    try? FileManager.default.removeItem(at: directory.deletingLastPathComponent())
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

extension DatabaseQueue {
  /// A second connection that may leave a transaction open between accesses, to hold a read or
  /// a lock the way another process would.
  static func holdingTransactions(path: String) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.allowsUnsafeTransactions = true
    return try DatabaseQueue(path: path, configuration: configuration)
  }
}
