import KartleggApp
import KartleggCommandLine

/// Where kartlegg finds its schema, standard surveys and translations: `--resources DIR`, else
/// `$KARTLEGG_RESOURCES`, else beside the binary, else the current directory
/// (``ResourceDirectory``).
struct ResourceOptions {
  let directory: String?

  init(reading line: CommandLineReader) {
    directory = line.option(
      "resources", value: "dir",
      help:
        "Directory holding surveys/ and locales/ (default: $KARTLEGG_RESOURCES, beside the binary, or the current directory)."
    )
  }

  /// The explicit directory, if any.
  var explicit: String? {
    directory ?? ProcessEnvironment.value("KARTLEGG_RESOURCES")
  }
}
