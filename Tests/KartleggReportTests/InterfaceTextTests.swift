import Foundation
import KartleggCore
import KartleggReport
import Testing

@Suite struct InterfaceTextTests {
  /// How often a catalogue was read.
  final class Reads: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int] = [:]
    func note(_ name: String) {
      lock.lock()
      defer { lock.unlock() }
      counts[name, default: 0] += 1
    }
    func count(_ name: String) -> Int {
      lock.lock()
      defer { lock.unlock() }
      return counts[name] ?? 0
    }
  }

  static func catalog(_ language: LanguageCode, _ units: [(String, String, String?)])
    -> TranslationCatalog
  {
    TranslationCatalog(
      catalogue: "interface", sourceLanguage: "en", targetLanguage: language,
      units: units.map { key, source, target in
        TranslationUnit(
          key: key, source: source, target: target, state: target == nil ? .initial : .translated,
          location: DocumentLocation(file: "\(language).xlf", line: 1))
      })
  }

  /// Nothing is read until a text is asked for; the English fallback only for a key without a
  /// translation; each at most once.
  @Test func readsCataloguesOnlyWhenATextNeedsThem() {
    let reads = Reads()
    let text = InterfaceText(
      language: "nb",
      catalog: {
        reads.note("nb")
        return Self.catalog("nb", [("a", "Yes {1}", "Ja {1}"), ("b", "Old", nil)])
      },
      english: {
        reads.note("en")
        return Self.catalog("en", [("a", "Yes {1}", "Yes {1}"), ("b", "New", "New")])
      })
    #expect(reads.count("nb") == 0)
    #expect(text("a", 2) == "Ja 2")
    #expect(reads.count("nb") == 1)
    #expect(reads.count("en") == 0)
    #expect(text("b") == "New")
    #expect(text("missing") == "missing")
    #expect(text("a", 3) == "Ja 3")
    #expect(reads.count("nb") == 1)
    #expect(reads.count("en") == 1)
  }

  /// A missing catalogue falls back to English, then to the key.
  @Test func fallsBackWhenACatalogueIsMissing() {
    let text = InterfaceText(
      language: "nn", catalog: { nil },
      english: { Self.catalog("en", [("a", "Yes", "Yes")]) })
    #expect(text("a") == "Yes")
    #expect(text("z") == "z")
  }
}
