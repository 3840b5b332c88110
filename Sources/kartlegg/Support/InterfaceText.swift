import ArgumentParser
import Foundation
import KartleggCore
import KartleggXML

/// The adviser interface's strings in the adviser's language, from
/// `locales/interface/<language>.xlf`.
///
/// Placeholders `{1}`, `{2}`, … are replaced by the arguments. A key missing from the file
/// falls back to the English source text, then to the key itself; the test suite checks that
/// nb, nn and en have every key the program uses.
struct InterfaceText: Sendable {
  /// The adviser languages kartlegg ships.
  static let languages: [LanguageCode] = ["nb", "nn", "en"]

  let language: LanguageCode
  private let catalog: TranslationCatalog?
  private let english: TranslationCatalog?

  init(language: LanguageCode, root: URL) {
    self.language = language
    func read(_ code: LanguageCode) -> TranslationCatalog? {
      let path = root.appendingPathComponent("locales/interface/\(code).xlf").path
      guard FileManager.default.fileExists(atPath: path) else { return nil }
      return InputFile.bytes(path).flatMap { try? XLIFFReader().read($0, file: path) }
    }
    self.catalog = read(language)
    self.english = language == "en" ? catalog : read("en")
  }

  func callAsFunction(_ key: String, _ arguments: any CustomStringConvertible...) -> String {
    text(key, arguments: arguments.map(\.description))
  }

  func text(_ key: String, arguments: [String]) -> String {
    var text = key
    if let unit = catalog?.unit(key), unit.isTranslated, let target = unit.target {
      text = target
    } else if let unit = english?.unit(key) ?? catalog?.unit(key) {
      text = unit.source
    }
    for (index, argument) in arguments.enumerated() {
      text = text.replacingOccurrences(of: "{\(index + 1)}", with: argument)
    }
    return text
  }
}

/// The `--ui-language` option shared by commands that talk to the adviser.
struct InterfaceOptions: ParsableArguments {
  @Option(
    name: .customLong("ui-language"),
    help: ArgumentHelp(
      "Language of the adviser interface: nb, nn or en (default: $KARTLEGG_UI_LANGUAGE or nb).",
      valueName: "code"))
  var language: String?

  func text(root: URL) throws -> InterfaceText {
    let code = language ?? ProcessInfo.processInfo.environment["KARTLEGG_UI_LANGUAGE"] ?? "nb"
    guard InterfaceText.languages.contains(LanguageCode(code)) else {
      throw ValidationError("unknown interface language '\(code)'; expected nb, nn or en")
    }
    return InterfaceText(language: LanguageCode(code), root: root)
  }
}
