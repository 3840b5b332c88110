import Foundation
import KartleggCore
import KartleggXML
import Testing

@testable import KartleggApp

/// Catalogues kept on disk by content: the same catalogue back for the same bytes, nothing for
/// other bytes, and a damaged entry ignored.
@Suite struct CatalogueCacheTests {
  private let directory: URL
  private let cache: CatalogueCache
  private let bytes: [UInt8]

  init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kartlegg-cache-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    cache = CatalogueCache(directory: directory)
    bytes = [UInt8](
      try Data(
        contentsOf: AppFixture.root.appendingPathComponent("locales/interface/nb.xlf")))
  }

  private func entries() throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
  }

  @Test func aKeptCatalogueComesBackWholeForTheSameBytes() throws {
    let parsed = try XLIFFReader().read(bytes, file: "a/nb.xlf")
    #expect(cache.catalog(for: bytes, file: "a/nb.xlf") == nil)
    cache.keep(parsed, for: bytes)
    let kept = try #require(cache.catalog(for: bytes, file: "a/nb.xlf"))
    #expect(kept == parsed)
    #expect(kept.units.count > 500)
    let moved = try #require(cache.catalog(for: bytes, file: "b/nb.xlf"))
    #expect(moved.units.first?.location == DocumentLocation(file: "b/nb.xlf", line: 4))
    let entry = try #require(try entries().first)
    let mode = try FileManager.default.attributesOfItem(atPath: entry.path)[.posixPermissions]
    #expect((mode as? Int) == 0o600)
  }

  @Test func otherBytesFindNothing() throws {
    cache.keep(try XLIFFReader().read(bytes, file: "nb.xlf"), for: bytes)
    var changed = bytes
    changed.append(UInt8(ascii: "\n"))
    #expect(cache.catalog(for: changed, file: "nb.xlf") == nil)
  }

  @Test func aDamagedEntryIsIgnored() throws {
    cache.keep(try XLIFFReader().read(bytes, file: "nb.xlf"), for: bytes)
    let entry = try #require(try entries().first)
    let whole = try Data(contentsOf: entry)
    for damaged in [whole.prefix(whole.count - 3), Data("garbage".utf8), Data()] {
      try damaged.write(to: entry)
      #expect(cache.catalog(for: bytes, file: "nb.xlf") == nil)
    }
  }

  @Test func withoutADirectoryNothingIsKept() throws {
    let none = CatalogueCache(directory: nil)
    none.keep(try XLIFFReader().read(bytes, file: "nb.xlf"), for: bytes)
    #expect(none.catalog(for: bytes, file: "nb.xlf") == nil)
  }
}
