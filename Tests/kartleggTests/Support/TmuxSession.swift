import Foundation

/// Drives the built binary in a real terminal: a detached tmux session of fixed size, keys sent
/// as a person types them, the screen read back with `capture-pane`.
final class TmuxSession {
  let name: String
  private var promptLine = 0
  private var promptPending = false

  /// Whether tmux is installed (CI installs it).
  static var isAvailable: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
  }

  /// Starts `kartlegg ARGUMENTS` in a new session with the given environment.
  init(_ arguments: [String], environment: [String: String]) throws {
    name = "kartlegg-\(UUID().uuidString.prefix(8))"
    let assignments = (environment.merging(["NO_COLOR": "1", "TERM": "xterm"]) { $1 })
      .sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted($0.value))" }
    let command =
      "exec env " + assignments.joined(separator: " ") + " "
      + ([CommandRun.binary.path] + arguments).map(Self.quoted).joined(separator: " ")
    try Self.tmux(["new-session", "-d", "-s", name, "-x", "100", "-y", "40", command])
    try Self.tmux(["set-option", "-t", name, "remain-on-exit", "on"])
  }

  deinit { _ = try? Self.tmux(["kill-session", "-t", name]) }

  /// The visible screen and its scrollback.
  func screen() throws -> String {
    try Self.tmux(["capture-pane", "-p", "-J", "-S", "-2000", "-t", name])
  }

  /// The process running in the pane.
  func pid() throws -> Int32 {
    Int32(
      try Self.tmux(["list-panes", "-t", name, "-F", "#{pane_pid}"]).trimmingCharacters(
        in: .whitespacesAndNewlines)) ?? 0
  }

  /// Whether the program has exited, and with which status.
  func exitStatus() throws -> Int32? {
    let fields = try Self.tmux(["list-panes", "-t", name, "-F", "#{pane_dead} #{pane_dead_status}"])
      .split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    guard fields.first == "1" else { return nil }
    return fields.count > 1 ? Int32(fields[1]) : nil
  }

  /// Waits for the next prompt (unless one is already waiting), then types a line and Enter.
  func answer(_ line: String) throws {
    if !promptPending { try waitForPrompt() }
    promptPending = false
    if !line.isEmpty { try Self.tmux(["send-keys", "-t", name, "-l", line]) }
    try Self.tmux(["send-keys", "-t", name, "Enter"])
  }

  /// Sends a key such as `C-c`.
  func key(_ key: String) throws {
    try Self.tmux(["send-keys", "-t", name, key])
  }

  /// Waits until the last line on screen is a new prompt (ends with a colon, below the last).
  func waitForPrompt(timeout: TimeInterval = 15) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      var lines = try screen().components(separatedBy: "\n").map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      while lines.last?.isEmpty == true { lines.removeLast() }
      if let last = lines.last, last.hasSuffix(":"), lines.count > promptLine {
        promptLine = lines.count
        promptPending = true
        return
      }
      Thread.sleep(forTimeInterval: 0.02)
    }
    throw TmuxError.timeout(try screen())
  }

  /// Waits until the screen contains a text.
  func waitFor(_ text: String, timeout: TimeInterval = 15) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if try screen().contains(text) { return }
      Thread.sleep(forTimeInterval: 0.02)
    }
    throw TmuxError.timeout(try screen())
  }

  @discardableResult
  static func tmux(_ arguments: [String]) throws -> String {
    let finished = try ChildProcess.run(
      "/usr/bin/tmux", arguments, environment: ProcessInfo.processInfo.environment, timeout: 30)
    return String(decoding: finished.output, as: UTF8.self)
  }

  private static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

enum TmuxError: Error, CustomStringConvertible {
  case timeout(String)

  var description: String {
    switch self {
    case .timeout(let screen): return "timed out; the screen shows:\n\(screen)"
    }
  }
}
