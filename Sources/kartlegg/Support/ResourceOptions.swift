import ArgumentParser
import Foundation
import KartleggApp

/// Where kartlegg finds its schema, standard surveys and translations: `--resources DIR`, else
/// `$KARTLEGG_RESOURCES`, else beside the binary, else the current directory
/// (``ResourceDirectory``).
struct ResourceOptions: ParsableArguments {
  @Option(
    name: .customLong("resources"),
    help: HelpText.argument(
      "Directory holding surveys/ and locales/ (default: $KARTLEGG_RESOURCES, beside the binary, or the current directory).",
      valueName: "dir"))
  var directory: String?

  /// The explicit directory, if any.
  var explicit: String? {
    directory ?? ProcessEnvironment.value("KARTLEGG_RESOURCES")
  }
}
