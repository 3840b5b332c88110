import Foundation
import KartleggApp
import KartleggCommandLine
import KartleggTerminal

/// The `--bidi` option shared by commands that print right-to-left survey text.
struct DisplayOptions {
  let bidi: String?

  init(reading line: CommandLineReader) {
    bidi = line.option(
      "bidi", value: "mode",
      help:
        "How right-to-left text is printed: terminal (the terminal applies the bidi algorithm) or visual (kartlegg reorders each line). Default: $KARTLEGG_BIDI or terminal; `kartlegg terminal-check` tells which to use."
    )
  }

  /// The mode chosen by `--bidi`, else `KARTLEGG_BIDI`, else `terminal`.
  func mode() throws -> BidiMode {
    guard let setting = bidi ?? ProcessEnvironment.value("KARTLEGG_BIDI") else {
      return .terminal
    }
    guard let mode = BidiMode(setting: setting) else {
      let source = bidi == nil ? "KARTLEGG_BIDI" : "--bidi"
      throw UsageError(
        "unknown \(source) mode '\(TerminalText.escaped(setting))'; expected terminal or visual")
    }
    return mode
  }
}
