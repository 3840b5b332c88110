/// Where a conversation reads lines and writes text: a terminal, a pipe, or a test script.
public protocol Console: AnyObject {
  /// The next line typed, without its newline; `nil` at end of input.
  func readLine() -> String?
  /// Writes text and flushes it, so a prompt is on screen before the program waits.
  func write(_ text: String)
  /// The columns to lay text out in.
  var width: Int { get }
}

extension Console {
  /// Writes a line.
  ///
  /// - Parameter line: The line, without a newline.
  public func line(_ line: String = "") {
    write(line + "\n")
  }

  /// Writes text from a file or a person wrapped to the console's width, made safe first.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - indent: Text before every line.
  ///   - rightToLeft: Whether to align the lines to the right edge (right-to-left scripts).
  public func wrapped(_ text: String, indent: String = "", rightToLeft: Bool = false) {
    for line in TextWrap.lines(text, width: width, indent: indent) {
      if rightToLeft {
        write(
          String(repeating: " ", count: max(0, width - 1 - DisplayWidth.of(line))) + line + "\n")
      } else {
        write(line + "\n")
      }
    }
  }
}
