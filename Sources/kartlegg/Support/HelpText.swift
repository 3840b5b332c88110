import Foundation
import KartleggApp
import KartleggCore
import KartleggReport

/// Help in the adviser's language: abstracts, discussions, option help, value names and
/// headings are written in English in the code and looked up, by that English text, among the
/// interface catalogue's `help.*` units in the language chosen with `--ui-language` or
/// `KARTLEGG_UI_LANGUAGE` (default nb). Help is written before the options are read, so the
/// language and the resource directory come from the raw command line. A text without a
/// translation stays English.
///
/// The catalogue is read only when help or a usage error is written: a command that runs never
/// pays for it.
enum HelpText {
  /// The translation of help texts in the interface language.
  ///
  /// - Returns: A function from an English text to its translation, or to itself.
  static func translation() -> (String) -> String {
    let translations = load()
    return { english in translations.isEmpty ? english : text(english, in: translations) }
  }

  /// A help text looked up paragraph by paragraph: a paragraph is looked up with its
  /// whitespace collapsed (as the catalogue stores it); a paragraph that is not in the
  /// catalogue as a whole (an "Examples:" paragraph) has its first line looked up and keeps its
  /// command lines.
  ///
  /// - Parameters:
  ///   - english: The text as the code writes it.
  ///   - translations: English text → translation.
  /// - Returns: Its translation, or the English text.
  static func text(_ english: String, in translations: [String: String]) -> String {
    english.components(separatedBy: "\n\n").map { paragraph in
      let words = paragraph.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      if let translation = translations[words] { return translation }
      var lines = paragraph.components(separatedBy: "\n")
      if let first = lines.first,
        let translation = translations[first.trimmingCharacters(in: .whitespaces)]
      {
        lines[0] = translation
      }
      return lines.joined(separator: "\n")
    }.joined(separator: "\n\n")
  }

  /// The value of an option on the raw command line (`--name value` or `--name=value`).
  private static func option(_ name: String) -> String? {
    let arguments = CommandLine.arguments
    for (index, argument) in arguments.enumerated() {
      if argument == name, index + 1 < arguments.count { return arguments[index + 1] }
      if argument.hasPrefix(name + "=") { return String(argument.dropFirst(name.count + 1)) }
    }
    return nil
  }

  private static func load() -> [String: String] {
    let language =
      option("--ui-language") ?? ProcessEnvironment.value("KARTLEGG_UI_LANGUAGE") ?? "nb"
    guard language != "en", InterfaceText.languages.contains(LanguageCode(language)),
      let resources = try? ResourceDirectory(
        explicit: option("--resources") ?? ProcessEnvironment.value("KARTLEGG_RESOURCES")),
      let catalog = try? TranslationFiles(resources: resources).read(
        catalogue: InterfaceText.catalogue, language: LanguageCode(language))
    else { return [:] }
    var table: [String: String] = [:]
    for unit in catalog.units where unit.key.hasPrefix("help.") && unit.isTranslated {
      if let target = unit.target { table[unit.source] = target }
    }
    return table
  }
}
