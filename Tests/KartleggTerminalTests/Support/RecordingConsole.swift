import KartleggTerminal

/// A console that plays typed lines and keeps what was written, at a chosen width and bidi mode.
final class RecordingConsole: Console {
  var input: [String]
  var output = ""
  let width: Int
  let bidi: BidiMode

  init(_ input: [String] = [], width: Int = 80, bidi: BidiMode = .terminal) {
    self.input = input
    self.width = width
    self.bidi = bidi
  }

  func readLine() -> String? { input.isEmpty ? nil : input.removeFirst() }
  func write(_ text: String) { output += text }

  /// The lines written, without the final empty one.
  var lines: [String] {
    var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}
