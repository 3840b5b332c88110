import ArgumentParser
import Foundation

/// Where kartlegg finds its schema, standard surveys and translations.
///
/// In order: `--resources DIR`, the `KARTLEGG_RESOURCES` environment variable, the directory
/// beside the installed binary (`BIN/../share/kartlegg`, then the binary's own directory and its
/// parents, which covers running from a checkout's `.build`), and last the current directory.
/// A directory qualifies when it holds `surveys/schema/survey-1.xsd`.
struct ResourceOptions: ParsableArguments {
  @Option(
    name: .customLong("resources"),
    help: ArgumentHelp(
      "Directory holding surveys/ and locales/ (default: $KARTLEGG_RESOURCES, beside the binary, or the current directory).",
      valueName: "dir"))
  var directory: String?

  static let schemaPath = "surveys/schema/survey-1.xsd"

  /// The resource directory, or a message saying where kartlegg looked.
  func root() throws -> URL {
    let environment = ProcessInfo.processInfo.environment
    if let explicit = directory ?? environment["KARTLEGG_RESOURCES"] {
      let url = URL(fileURLWithPath: explicit)
      guard Self.qualifies(url) else {
        throw ValidationError("'\(explicit)' does not hold \(Self.schemaPath)")
      }
      return url
    }
    for candidate in Self.candidates() where Self.qualifies(candidate) { return candidate }
    throw ValidationError(
      "cannot find kartlegg's resources (\(Self.schemaPath)); pass --resources DIR or set KARTLEGG_RESOURCES"
    )
  }

  private static func candidates() -> [URL] {
    var result: [URL] = []
    let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    let executable =
      FileManager.default.fileExists(atPath: binary.path)
      ? binary : (Bundle.main.executableURL ?? binary)
    var directory = executable.deletingLastPathComponent()
    result.append(directory.deletingLastPathComponent().appendingPathComponent("share/kartlegg"))
    for _ in 0..<5 {
      result.append(directory)
      directory = directory.deletingLastPathComponent()
    }
    result.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    return result
  }

  private static func qualifies(_ url: URL) -> Bool {
    FileManager.default.isReadableFile(atPath: url.appendingPathComponent(schemaPath).path)
  }
}
