import ArgumentParser
import Foundation
import KartleggApp
import KartleggReport

/// The `--ui-language` option shared by commands that talk to the adviser.
struct InterfaceOptions: ParsableArguments {
  @Option(
    name: .customLong("ui-language"),
    help: HelpText.argument(
      "Language of the adviser interface: nb, nn or en (default: $KARTLEGG_UI_LANGUAGE or nb).",
      valueName: "code"))
  var language: String?

  /// The language in force.
  var code: String {
    language ?? ProcessEnvironment.value("KARTLEGG_UI_LANGUAGE") ?? "nb"
  }
}
