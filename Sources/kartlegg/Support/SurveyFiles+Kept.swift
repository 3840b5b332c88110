import KartleggCore
import KartleggStore
import KartleggXML

extension SurveyFiles {
  /// A survey definition kept in the store by its hash, loaded and checked again; prints its
  /// problems and exits 65 when it no longer loads.
  func loadKept(_ hash: String, from store: any Storage & GroupPlanStorage) throws -> Survey {
    guard let stored = try store.survey(hash: hash) else {
      throw StorageError.corrupt("survey \(hash)")
    }
    return try load(stored)
  }
}
