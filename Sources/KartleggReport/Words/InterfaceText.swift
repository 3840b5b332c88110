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
  private let catalog: LazyCatalog
  private let english: LazyCatalog

  /// Creates the interface text.
  ///
  /// - Parameters:
  ///   - language: The adviser's language.
  ///   - catalog: Its catalogue, when there is one.
  ///   - english: The English source catalogue, the fallback.
  public init(language: LanguageCode, catalog: TranslationCatalog?, english: TranslationCatalog?) {
    self.language = language
    self.catalog = LazyCatalog { catalog }
    self.english = LazyCatalog { english }
  }

  /// Creates the interface text from catalogues read only when a text is first asked for: a
  /// command that succeeds without a word to the adviser (`survey check`) never reads them.
  ///
  /// - Parameters:
  ///   - language: The adviser's language.
  ///   - catalog: Reads its catalogue, at most once.
  ///   - english: Reads the English source catalogue, the fallback, at most once and only when
  ///     a key lacks a translation.
  public init(
    language: LanguageCode, catalog: @escaping @Sendable () -> TranslationCatalog?,
    english: @escaping @Sendable () -> TranslationCatalog?
  ) {
    self.language = language
    self.catalog = LazyCatalog(catalog)
    self.english = LazyCatalog(english)
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
    let catalog = self.catalog.value
    if let unit = catalog?.unit(key), unit.isTranslated, let target = unit.target {
      text = target
    } else if let unit = english.value?.unit(key) ?? catalog?.unit(key) {
      text = unit.source
    }
    return Placeholders.fill(text, with: arguments)
  }
}
