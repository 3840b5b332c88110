import Foundation
import KartleggCore
import KartleggXML

/// The translation files under `locales/`: `locales/<catalogue>/<language>.xlf`, where the
/// catalogue is `interface` or a survey's id.
struct TranslationFiles {
  /// The catalogue of adviser interface strings; English is its source.
  static let interfaceCatalogue = "interface"

  let root: URL

  func path(catalogue: String, language: LanguageCode) -> String {
    root.appendingPathComponent("locales/\(catalogue)/\(language).xlf").path
  }

  /// The languages that have a file in a catalogue, sorted.
  func languages(in catalogue: String) -> [LanguageCode] {
    let directory = root.appendingPathComponent("locales/\(catalogue)").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".xlf") }.map { LanguageCode(String($0.dropLast(4))) }
      .sorted()
  }

  /// Reads one file: the catalogue, `nil` when there is no file, or the file's problems.
  func read(catalogue: String, language: LanguageCode) -> Result<TranslationCatalog?, LoadFailure> {
    let path = path(catalogue: catalogue, language: language)
    guard FileManager.default.fileExists(atPath: path) else { return .success(nil) }
    guard let bytes = InputFile.bytes(path) else {
      return .failure(LoadFailure([LoadProblem(.empty, at: DocumentLocation(file: path, line: 1))]))
    }
    return Result { () throws(LoadFailure) in try XLIFFReader().read(bytes, file: path) }.map { $0 }
  }
}
