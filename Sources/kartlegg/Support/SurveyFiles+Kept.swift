import KartleggCore
import KartleggStore
import KartleggXML

extension SurveyFiles {
  /// A survey definition kept in the store by its hash, loaded and checked again; prints its
  /// problems and exits 65 when it no longer loads.
  func loadKept(_ hash: String, from store: SQLiteStorage) throws -> Survey {
    guard let stored = try store.survey(hash: hash) else {
      throw StorageError.corrupt("survey \(hash)")
    }
    let name = "\(stored.id) \(stored.version) (stored, sha256 \(stored.hash.prefix(12)))"
    do {
      return try loader().load(stored.source, file: name)
    } catch let failure as LoadFailure {
      Diagnostics.report(failure.problems)
      throw ExitStatus.dataError
    }
  }
}
