import ArgumentParser
import Foundation
import KartleggApp
import KartleggTerminal

/// The `--bidi` option shared by commands that print right-to-left survey text.
struct DisplayOptions: ParsableArguments {
  @Option(
    name: .customLong("bidi"),
    help: HelpText.argument(
      "How right-to-left text is printed: terminal (the terminal applies the bidi algorithm) or visual (kartlegg reorders each line). Default: $KARTLEGG_BIDI or terminal; `kartlegg terminal-check` tells which to use.",
      valueName: "mode"))
  var bidi: String?

  /// The mode chosen by `--bidi`, else `KARTLEGG_BIDI`, else `terminal`.
  func mode() throws -> BidiMode {
    guard let setting = bidi ?? ProcessEnvironment.value("KARTLEGG_BIDI") else {
      return .terminal
    }
    guard let mode = BidiMode(setting: setting) else {
      let source = bidi == nil ? "KARTLEGG_BIDI" : "--bidi"
      throw ValidationError(
        "unknown \(source) mode '\(TerminalText.escaped(setting))'; expected terminal or visual")
    }
    return mode
  }
}
