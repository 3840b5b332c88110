import KartleggCore
import KartleggXML

/// The translation files under `locales/`: `locales/<catalogue>/<language>.xlf`, where the
/// catalogue is `interface` or a survey's id.
public struct TranslationFiles: Sendable {
  /// Where the files are.
  public let resources: any Resources

  /// Creates the reader.
  ///
  /// - Parameter resources: Where the files are.
  public init(resources: any Resources) {
    self.resources = resources
  }

  /// A file's path.
  ///
  /// - Parameters:
  ///   - catalogue: `interface` or a survey's id.
  ///   - language: The target language.
  /// - Returns: The path.
  public func path(catalogue: String, language: LanguageCode) -> String {
    resources.path("locales/\(catalogue)/\(language).xlf")
  }

  /// The languages that have a file in a catalogue, sorted.
  ///
  /// - Parameter catalogue: `interface` or a survey's id.
  /// - Returns: The languages.
  public func languages(in catalogue: String) -> [LanguageCode] {
    resources.fileNames(in: resources.path("locales/\(catalogue)"), endingWith: ".xlf")
      .map { LanguageCode(String($0.dropLast(4))) }
  }

  /// Reads one file.
  ///
  /// - Parameters:
  ///   - catalogue: `interface` or a survey's id.
  ///   - language: The target language.
  /// - Returns: The catalogue, or `nil` when there is no file.
  /// - Throws: ``AppError`` with the file's problems.
  public func read(catalogue: String, language: LanguageCode) throws(AppError)
    -> TranslationCatalog?
  {
    let path = path(catalogue: catalogue, language: language)
    guard resources.fileExists(atPath: path) else { return nil }
    let bytes = try resources.bytes(atPath: path)
    if let catalog = ParsedCatalogues.shared.catalog(at: path, bytes: bytes) { return catalog }
    if let catalog = CatalogueCache.user.catalog(for: bytes, file: path) {
      ParsedCatalogues.shared.remember(catalog, at: path, bytes: bytes)
      return catalog
    }
    do {
      let catalog = try XLIFFReader().read(bytes, file: path)
      ParsedCatalogues.shared.remember(catalog, at: path, bytes: bytes)
      CatalogueCache.user.keep(catalog, for: bytes)
      return catalog
    } catch {
      throw AppError(error)
    }
  }
}
