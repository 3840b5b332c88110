/// Where a conversation reads lines and writes text: a terminal, a pipe, or a test script.
public protocol Console: AnyObject {
  /// The next line typed, without its newline; `nil` at end of input.
  func readLine() -> String?
  /// Writes text and flushes it, so a prompt is on screen before the program waits.
  func write(_ text: String)
  /// The columns to lay text out in.
  var width: Int { get }
  /// How right-to-left text reaches this terminal; `terminal` unless the console says otherwise.
  var bidi: BidiMode { get }
}

extension Console {
  /// The default: the terminal applies the Unicode Bidirectional Algorithm itself.
  public var bidi: BidiMode { .terminal }

  /// Writes a line, its right-to-left runs isolated or reordered for the console's bidi mode.
  ///
  /// - Parameter line: The line, without a newline, already made safe.
  public func line(_ line: String = "") {
    write(Bidi.display(line, mode: bidi) + "\n")
  }

  /// Writes text from a file or a person wrapped to the console's width, made safe first.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - indent: Text before the first line.
  ///   - hanging: Text before the following lines; `nil` for spaces as wide as `indent`.
  public func wrapped(_ text: String, indent: String = "", hanging: String? = nil) {
    for line in TextWrap.lines(text, width: width, indent: indent, hanging: hanging) {
      self.line(line)
    }
  }

  /// Writes a prompt wrapped to the console's width, its last line left open (ending in `": "`)
  /// for the answer typed after it.
  ///
  /// - Parameter text: The prompt, without the colon.
  public func prompt(_ text: String) {
    let lines = TextWrap.lines(text + ":", width: width)
    for line in lines.dropLast() { self.line(line) }
    write(Bidi.display(lines.last ?? "", mode: bidi) + " ")
  }

  /// Writes lines already laid out and made safe (a result screen), each wrapped to the
  /// console's width with its continuation lines hanging under its text.
  ///
  /// - Parameter text: The lines, separated by newlines.
  public func block(_ text: String) {
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      for wrapped in TextWrap.hanging(String(line), width: width) { self.line(wrapped) }
    }
  }

  /// Writes survey text in the participant's language: the language tag, then the text as one
  /// isolate (RLI … PDI for a right-to-left language), wrapped to the console's width and, for a
  /// right-to-left language, aligned to the right edge.
  ///
  /// - Parameters:
  ///   - text: The text, from a translation file.
  ///   - language: The participant's language code, shown before the text.
  ///   - rightToLeft: Whether that language is written right to left.
  ///   - indent: Text before every line.
  public func participant(
    _ text: String, language: String, rightToLeft: Bool, indent: String = ""
  ) {
    let tag = "[" + TerminalText.escaped(language) + "] "
    let body = Bidi.isolated(TerminalText.safe(text), rightToLeft: rightToLeft)
    let lines = TextWrap.lines(
      prepared: tag + body, width: width, indent: indent,
      hanging: indent + String(repeating: " ", count: DisplayWidth.of(tag)))
    for line in lines {
      let padding = rightToLeft ? max(0, width - 1 - DisplayWidth.of(line)) : 0
      self.line(String(repeating: " ", count: padding) + line)
    }
  }
}
