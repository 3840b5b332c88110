import Foundation

/// Runs the built `kartlegg` binary as a user would and captures what it prints.
struct CommandRun: Sendable {
  var status: Int32
  var output: String
  var errors: String

  /// The repository checkout the tests run in.
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The `kartlegg` binary beside the test bundle.
  static let binary: URL = {
    let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var directory = bundle.deletingLastPathComponent()
    while directory.path != "/" {
      let candidate = directory.appendingPathComponent("kartlegg")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        return candidate
      }
      directory = directory.deletingLastPathComponent()
    }
    return repository.appendingPathComponent(".build/debug/kartlegg")
  }()

  /// Runs `kartlegg ARGUMENTS` in the repository with a clean environment.
  static func kartlegg(
    _ arguments: [String], input: String? = nil, environment: [String: String] = [:],
    directory: URL = repository
  ) throws -> CommandRun {
    var base = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "NO_COLOR": "1"]
    base.merge(environment) { $1 }
    let finished = try ChildProcess.run(
      "/usr/bin/env", ["-C", directory.path, binary.path] + arguments, environment: base,
      input: Data((input ?? "").utf8))
    return CommandRun(
      status: finished.status, output: String(decoding: finished.output, as: UTF8.self),
      errors: String(decoding: finished.errors, as: UTF8.self))
  }

  /// A fresh temporary directory, removed by the caller.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kartlegg-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
