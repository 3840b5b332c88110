import Crypto
import Foundation
import KartleggCore

/// Translation catalogues already read and checked, kept on disk by content so that a short
/// command does not parse the interface catalogue (140 KB of XLIFF) at every start.
///
/// An entry is named by the SHA-256 of kartlegg's version, the format and the file's bytes: a
/// changed file or a new kartlegg never reads an old entry. Only catalogues that were read
/// without a problem are kept, so a broken file is always parsed and reported. Entries live in
/// `$XDG_CACHE_HOME/kartlegg` (or `~/.cache/kartlegg`), a directory only its owner may use;
/// anything unreadable, foreign or corrupt is ignored and written again, never an error.
struct CatalogueCache {
  /// The directory, or `nil` when no cache should be used.
  let directory: URL?

  /// The cache in the user's cache directory.
  static let user = CatalogueCache(directory: userDirectory())

  private static let format = "kartlegg-catalogue/1"

  /// A catalogue kept for these bytes, located in `file`.
  ///
  /// - Parameters:
  ///   - bytes: The file's content.
  ///   - file: The path the locations name.
  /// - Returns: The catalogue, or `nil` when none is kept.
  func catalog(for bytes: [UInt8], file: String) -> TranslationCatalog? {
    guard let url = entry(for: bytes), let data = try? Data(contentsOf: url) else { return nil }
    var reader = CatalogueBytes.Reader(bytes: [UInt8](data))
    return reader.catalog(file: file)
  }

  /// Keeps a catalogue read from these bytes; failures are ignored.
  ///
  /// - Parameters:
  ///   - catalog: The catalogue.
  ///   - bytes: The file's content.
  func keep(_ catalog: TranslationCatalog, for bytes: [UInt8]) {
    guard let directory, let url = entry(for: bytes) else { return }
    let temporary = directory.appendingPathComponent(".\(UUID().uuidString).tmp")
    let data = Data(CatalogueBytes.encoded(catalog))
    guard
      FileManager.default.createFile(
        atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600])
    else { return }
    if rename(temporary.path, url.path) != 0 { unlink(temporary.path) }
  }

  private func entry(for bytes: [UInt8]) -> URL? {
    guard let directory else { return nil }
    var hash = SHA256()
    hash.update(data: Array("\(KartleggVersion.current)\n\(Self.format)\n".utf8))
    hash.update(data: bytes)
    return directory.appendingPathComponent(
      "catalogue-\(SurveyHash.hex(hash.finalize())).bin")
  }

  /// `$XDG_CACHE_HOME/kartlegg` or `~/.cache/kartlegg`, created owner-only; `nil` when it
  /// cannot be made or is not the user's own (then nothing is cached).
  private static func userDirectory() -> URL? {
    if ProcessEnvironment.value("KARTLEGG_NO_CACHE") != nil { return nil }
    let base =
      ProcessEnvironment.value("XDG_CACHE_HOME").flatMap { $0.hasPrefix("/") ? $0 : nil }
      ?? ProcessEnvironment.value("HOME").map { $0 + "/.cache" }
    guard let base else { return nil }
    let path = base + "/kartlegg"
    mkdir(base, 0o700)
    mkdir(path, 0o700)
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR,
      status.st_uid == getuid(), status.st_mode & 0o077 == 0
    else { return nil }
    return URL(fileURLWithPath: path, isDirectory: true)
  }
}
