import ArgumentParser
import Foundation
import KartleggApp
import KartleggCore
import KartleggReport

/// `--help` in the adviser's language: abstracts, discussions and option help are written in
/// English in the code and looked up, by that English text, among the interface catalogue's
/// `help.*` units in the language chosen with `--ui-language` or `KARTLEGG_UI_LANGUAGE`
/// (default nb). Help is built before the arguments are parsed, so the language and the
/// resource directory are read from the raw command line here. A text without a translation
/// stays English.
///
/// The catalogue is read only once help or a usage message is to be written (``showHelp()``):
/// a command that runs never pays for it.
enum HelpText {
  /// English help text → its translation in the interface language.
  private static let translations: [String: String] = load()

  /// Whether help texts are translated. Set once, on the main thread, before ArgumentParser
  /// writes help or a usage message; until then the texts stay English and cost nothing.
  nonisolated(unsafe) private static var isShowingHelp = isHelpRequested(CommandLine.arguments)

  /// Translates the help texts from now on: call before help or a usage message is generated.
  static func showHelp() { isShowingHelp = true }

  /// Whether a command line asks for help (`help`, `-h` or `--help` anywhere after the
  /// program's name).
  ///
  /// - Parameter arguments: The command line, the program's name first.
  /// - Returns: Whether help is asked for.
  static func isHelpRequested(_ arguments: [String]) -> Bool {
    arguments.dropFirst().contains { $0 == "--help" || $0 == "-h" || $0 == "help" }
  }

  /// A help text in the interface language, paragraph by paragraph: a paragraph is looked up
  /// with its whitespace collapsed (as the catalogue stores it) and its translation is one line
  /// that ArgumentParser wraps; an "Examples:" paragraph keeps its command lines.
  ///
  /// - Parameter english: The text as the code writes it.
  /// - Returns: Its translation, or the English text.
  static func text(_ english: String) -> String {
    guard isShowingHelp, !translations.isEmpty else { return english }
    return english.components(separatedBy: "\n\n").map { paragraph in
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

  /// Option help in the interface language.
  ///
  /// - Parameters:
  ///   - english: The help as the code writes it.
  ///   - valueName: The value's name in English, e.g. `file`.
  /// - Returns: The help.
  static func argument(_ english: String, valueName: String? = nil) -> ArgumentHelp {
    ArgumentHelp(text(english), valueName: valueName.map(text))
  }

  /// ArgumentParser's own headings and built-in help, replaced line by line in its output.
  static let headings = [
    "OVERVIEW:", "USAGE:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:", "Show help information.",
    "Show the version.", "See 'kartlegg help <subcommand>' for detailed help.", "<subcommand>",
    "<options>",
  ]

  /// ArgumentParser's help output with its headings in the interface language.
  ///
  /// - Parameter help: The generated help.
  /// - Returns: The help, headings translated.
  static func localizingHeadings(_ help: String) -> String {
    let replacements = headings.compactMap { heading -> (from: [UInt8], to: [UInt8])? in
      let translated = text(heading)
      return translated == heading ? nil : (Array(heading.utf8), Array(translated.utf8))
    }
    guard !replacements.isEmpty else { return help }
    // One pass over the bytes; where two headings could start, the earlier in `headings` (the
    // longer) wins, as replacing them one after another would.
    let bytes = Array(help.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    scan: while index < bytes.count {
      for (from, to) in replacements
      where bytes[index] == from[0] && bytes[index...].starts(with: from) {
        result += to
        index += from.count
        continue scan
      }
      result.append(bytes[index])
      index += 1
    }
    return String(decoding: result, as: UTF8.self)
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
