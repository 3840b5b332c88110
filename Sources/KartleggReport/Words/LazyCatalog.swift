import Foundation
import KartleggCore

/// A translation catalogue read the first time it is asked for, then kept.
final class LazyCatalog: @unchecked Sendable {
  private let lock = NSLock()
  private var read: (@Sendable () -> TranslationCatalog?)?
  private var catalog: TranslationCatalog?

  /// Creates the holder.
  ///
  /// - Parameter read: Reads the catalogue; called at most once.
  init(_ read: @escaping @Sendable () -> TranslationCatalog?) {
    self.read = read
  }

  /// The catalogue, read now if it has not been.
  var value: TranslationCatalog? {
    lock.lock()
    defer { lock.unlock() }
    if let read {
      catalog = read()
      self.read = nil
    }
    return catalog
  }
}
