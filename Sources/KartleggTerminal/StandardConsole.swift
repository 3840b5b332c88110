import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's own terminal or pipe. Prompts are flushed before reading; when standard input
/// is not a terminal (a script, a test), each line read is echoed so the transcript reads like
/// the conversation it was.
public final class StandardConsole: Console {
  /// The columns to lay text out in.
  public let width: Int
  /// How right-to-left text is laid out.
  public let bidi: BidiMode
  private let echoes: Bool

  /// The process's standard input and output.
  ///
  /// - Parameter bidi: How right-to-left text is laid out.
  public init(bidi: BidiMode = .terminal) {
    width = TerminalWidth.current()
    self.bidi = bidi
    echoes = isatty(STDIN_FILENO) == 0
  }

  /// Whether a person is typing (standard input is a terminal).
  public var isInteractive: Bool { !echoes }

  /// The next line, echoed when standard input is not a terminal.
  ///
  /// - Returns: The line without its newline; `nil` at end of input.
  public func readLine() -> String? {
    guard let line = Swift.readLine(strippingNewline: true) else { return nil }
    if echoes { write(TerminalText.escaped(line) + "\n") }
    return line
  }

  /// Writes text to standard output.
  ///
  /// - Parameter text: The text.
  public func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
