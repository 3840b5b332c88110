import KartleggApp
import KartleggCommandLine

/// The `--ui-language` option shared by commands that talk to the adviser.
struct InterfaceOptions {
  var language: String?

  init(reading line: CommandLineReader) {
    language = line.option(
      "ui-language", value: "code",
      help:
        "Language of the adviser interface: nb, nn or en (default: $KARTLEGG_UI_LANGUAGE or nb).")
  }

  /// The language in force.
  var code: String {
    language ?? ProcessEnvironment.value("KARTLEGG_UI_LANGUAGE") ?? "nb"
  }
}
