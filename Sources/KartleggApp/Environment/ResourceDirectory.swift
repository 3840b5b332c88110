import Foundation

/// The resource directory on disk and the files a command names.
///
/// Found, in order, from an explicit directory (`--resources` or `KARTLEGG_RESOURCES`), the
/// directory beside the installed binary (`BIN/../share/kartlegg`, then the binary's own
/// directory and its parents, which covers running from a checkout's `.build`), and last the
/// current directory. A directory qualifies when it holds `surveys/schema/survey-1.xsd`.
public struct ResourceDirectory: Resources {
  /// The schema's path below the resource directory.
  public static let schemaPath = "surveys/schema/survey-1.xsd"
  /// The most bytes read from any input file.
  public static let readLimit = 8 * 1024 * 1024

  /// The directory.
  public let root: URL

  /// The resource directory.
  ///
  /// - Parameter explicit: A directory the adviser named, if any.
  /// - Throws: ``AppError`` (64) saying where kartlegg looked.
  public init(explicit: String?) throws(AppError) {
    if let explicit {
      let url = URL(fileURLWithPath: explicit)
      guard Self.qualifies(url) else {
        throw AppError(
          .usage, [AppProblem(.verbatim("'\(explicit)' does not hold \(Self.schemaPath)"))])
      }
      root = url
      return
    }
    guard let found = Self.candidates().first(where: Self.qualifies) else {
      throw AppError(
        .usage,
        [
          AppProblem(
            .verbatim(
              "cannot find kartlegg's resources (\(Self.schemaPath)); "
                + "pass --resources DIR or set KARTLEGG_RESOURCES"))
        ])
    }
    root = found
  }

  /// See ``Resources``.
  public func bytes(atPath path: String) throws(AppError) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw AppError(.noInput, [AppProblem(.key("file.error.missing"), inFile: path)])
    }
    guard !isDirectory.boolValue, let handle = FileHandle(forReadingAtPath: path) else {
      throw AppError(.noInput, [AppProblem(.key("file.error.unreadable"), inFile: path)])
    }
    defer { try? handle.close() }
    do {
      return [UInt8](try handle.read(upToCount: Self.readLimit + 1) ?? Data())
    } catch {
      throw AppError(.noInput, [AppProblem(.key("file.error.unreadable"), inFile: path)])
    }
  }

  /// See ``Resources``.
  public func fileExists(atPath path: String) -> Bool {
    FileManager.default.fileExists(atPath: path)
  }

  /// See ``Resources``.
  public func fileNames(in directory: String, endingWith suffix: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(suffix) }.sorted()
  }

  /// See ``Resources``.
  public func write(_ bytes: [UInt8], toPath path: String) throws(AppError) {
    do {
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw AppError(
        .cannotCreate,
        [AppProblem(.key("file.error.cannot-write", error.localizedDescription), inFile: path)])
    }
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
