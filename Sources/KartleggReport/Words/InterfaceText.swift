import KartleggCore

/// The adviser interface's strings in the adviser's language, from
/// `locales/interface/<language>.xlf`.
///
/// Placeholders `{1}`, `{2}`, … are filled by ``Placeholders``. A key missing from the
/// language's catalogue falls back to the English source text, then to the key itself; the
/// test suite checks that nb, nn and en have every key the program uses.
public struct InterfaceText: Sendable {
  /// The adviser languages kartlegg ships.
  public static let languages: [LanguageCode] = ["nb", "nn", "en"]
  /// The interface catalogue's name under `locales/`.
  public static let catalogue = "interface"

  /// The adviser's language.
  public let language: LanguageCode
  private let catalog: TranslationCatalog?
  private let english: TranslationCatalog?

  /// Creates the interface text.
  ///
  /// - Parameters:
  ///   - language: The adviser's language.
  ///   - catalog: Its catalogue, when there is one.
  ///   - english: The English source catalogue, the fallback.
  public init(language: LanguageCode, catalog: TranslationCatalog?, english: TranslationCatalog?) {
    self.language = language
    self.catalog = catalog
    self.english = english
  }

  /// The text for a key with its placeholders filled.
  ///
  /// - Parameters:
  ///   - key: The key.
  ///   - arguments: The values of `{1}`, `{2}`, ….
  /// - Returns: The text.
  public func callAsFunction(_ key: String, _ arguments: any CustomStringConvertible...) -> String {
    text(key, arguments: arguments.map(\.description))
  }

  /// The text for a key with its placeholders filled.
  ///
  /// - Parameters:
  ///   - key: The key.
  ///   - arguments: The values of `{1}`, `{2}`, ….
  /// - Returns: The text.
  public func text(_ key: String, arguments: [String]) -> String {
    var text = key
    if let unit = catalog?.unit(key), unit.isTranslated, let target = unit.target {
      text = target
    } else if let unit = english?.unit(key) ?? catalog?.unit(key) {
      text = unit.source
    }
    return Placeholders.fill(text, with: arguments)
  }
}
