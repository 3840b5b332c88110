import Foundation
import KartleggTerminal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's own terminal or pipe. Prompts are flushed before reading; when standard input
/// is not a terminal (a script, a test), each line read is echoed so the transcript reads like
/// the conversation it was.
final class StandardConsole: Console {
  let width: Int
  let bidi: BidiMode
  private let echoes: Bool

  init(bidi: BidiMode = .terminal) {
    width = TerminalWidth.current()
    self.bidi = bidi
    echoes = isatty(STDIN_FILENO) == 0
  }

  /// Whether a person is typing (standard input is a terminal).
  var isInteractive: Bool { !echoes }

  func readLine() -> String? {
    guard let line = Swift.readLine(strippingNewline: true) else { return nil }
    if echoes { write(TerminalText.escaped(line) + "\n") }
    return line
  }

  func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
