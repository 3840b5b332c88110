import Foundation

/// The `fribidi` command (Debian `libfribidi-bin`): the reference for how a bidi-aware terminal
/// lays out a line. Each input line is reordered on its own, without padding or line breaking,
/// with explicit format codes removed.
enum FriBidiCommand {
  struct Missing: Error, CustomStringConvertible {
    var description: String { "fribidi is not installed (apt-get install libfribidi-bin)" }
  }

  /// The lines in visual order, paragraph direction left to right (`ltr`) or right to left.
  static func visual(_ lines: [String], rightToLeft: Bool = false) throws -> [String] {
    let executable = "/usr/bin/fribidi"
    guard FileManager.default.isExecutableFile(atPath: executable) else { throw Missing() }
    let input = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kartlegg-fribidi-\(UUID().uuidString).txt")
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
    defer { try? FileManager.default.removeItem(at: input) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = [
      "--nopad", "--nobreak", "--clean", rightToLeft ? "--rtl" : "--ltr", input.path,
    ]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    var result = String(decoding: data, as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: false).map { normalized(String($0)) }
    if result.last == "" { result.removeLast() }
    return result
  }

  /// A visual line without bidi controls, marks, the U+FEFF fillers ligatures leave, or the
  /// zero-width non-joiner (`--clean` drops it; after shaping it changes nothing on screen).
  static func normalized(_ line: String) -> String {
    var result = ""
    for scalar in line.unicodeScalars {
      switch scalar.value {
      case 0x061C, 0x200C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
