import Foundation
import KartleggCore

/// Translation files this process has already read, by path and content: `--help` and the
/// interface text both want the interface catalogue, and reading and checking it twice costs
/// more than anything else a short command does. A file whose content changed is read again.
final class ParsedCatalogues: @unchecked Sendable {
  /// The one per process.
  static let shared = ParsedCatalogues()

  private let lock = NSLock()
  private var catalogues: [String: (bytes: [UInt8], catalog: TranslationCatalog)] = [:]

  /// The catalogue read before from exactly these bytes at this path, if any.
  func catalog(at path: String, bytes: [UInt8]) -> TranslationCatalog? {
    lock.lock()
    defer { lock.unlock() }
    guard let kept = catalogues[path], kept.bytes == bytes else { return nil }
    return kept.catalog
  }

  /// Remembers a catalogue read from these bytes at this path.
  func remember(_ catalog: TranslationCatalog, at path: String, bytes: [UInt8]) {
    lock.lock()
    defer { lock.unlock() }
    catalogues[path] = (bytes, catalog)
  }
}
