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

  /// The directory's absolute path.
  public let root: String

  /// The resource directory.
  ///
  /// - Parameter explicit: A directory the adviser named, if any.
  /// - Throws: ``AppError`` (64) saying where kartlegg looked.
  public init(explicit: String?) throws(AppError) {
    if let explicit, !explicit.isEmpty {
      guard Self.qualifies(explicit) else {
        throw AppError(
          .usage, [AppProblem(.verbatim("'\(explicit)' does not hold \(Self.schemaPath)"))])
      }
      root = URL(fileURLWithPath: explicit).path
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
    root = URL(fileURLWithPath: found).path
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

  /// The directories to look in, in order, as plain paths: this runs before every command, and
  /// Foundation's URL operations cost more here than the lookups themselves.
  private static func candidates() -> [String] {
    var result: [String] = []
    let executable =
      realpath("/proc/self/exe", nil).map { resolved in
        defer { free(resolved) }
        return String(cString: resolved)
      } ?? Bundle.main.executablePath ?? ""
    var directory = parent(of: executable)
    result.append(parent(of: directory) + "/share/kartlegg")
    for _ in 0..<5 {
      result.append(directory)
      directory = parent(of: directory)
    }
    result.append(FileManager.default.currentDirectoryPath)
    return result
  }

  /// The directory holding a path: `/` for a path directly below the root.
  private static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
    return String(path[..<slash])
  }

  private static func qualifies(_ directory: String) -> Bool {
    access(directory + "/" + schemaPath, R_OK) == 0
  }
}
