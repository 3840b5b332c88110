/// Wraps text by display width (what the terminal shows), not by `Character` count.
///
/// Lines break at spaces; the spaces between words that stay on one line are kept as they are.
/// A word, or a grapheme cluster, is split only when it is wider than a whole line. The first line starts with `indent`, the following ones with `hanging` (by
/// default as many spaces as `indent` is wide), so a wrapped option label never repeats its
/// number. Every line keeps one column free, so a terminal never wraps it by itself. Isolates
/// kartlegg put around right-to-left text (U+2066–U+2068 … U+2069) are closed at the end of a
/// line and opened again at the start of the next, so each printed line is complete on its own.
public enum TextWrap {
  /// Text from a file or a person, made safe (`TerminalText.safe`) and wrapped.
  ///
  /// - Parameters:
  ///   - text: The text; newlines in it start new lines.
  ///   - width: The terminal's columns.
  ///   - indent: Text before the first line.
  ///   - hanging: Text before every following line; `nil` for spaces as wide as `indent`.
  /// - Returns: The lines, without newlines.
  public static func lines(
    _ text: String, width: Int, indent: String = "", hanging: String? = nil
  ) -> [String] {
    lines(prepared: TerminalText.safe(text), width: width, indent: indent, hanging: hanging)
  }

  /// Text already made safe, possibly holding kartlegg's own isolates, wrapped.
  ///
  /// - Parameters:
  ///   - text: The safe text; newlines in it start new lines.
  ///   - width: The terminal's columns.
  ///   - indent: Text before the first line.
  ///   - hanging: Text before every following line; `nil` for spaces as wide as `indent`.
  /// - Returns: The lines, without newlines.
  /// - Complexity: O(*n*) in the length of the text.
  public static func lines(
    prepared text: String, width: Int, indent: String = "", hanging: String? = nil
  ) -> [String] {
    let hanging = hanging ?? String(repeating: " ", count: DisplayWidth.of(indent))
    var result: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var breaker = LineBreaker(
        firstRoom: room(width, indent), room: room(width, hanging))
      var gap = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
        gap += 1
        guard !word.isEmpty else { continue }
        breaker.add(word, gap: gap)
        gap = 0
      }
      for (index, line) in breaker.finish().enumerated() {
        result.append((result.isEmpty && index == 0 ? indent : hanging) + line)
      }
    }
    return result
  }

  /// One laid-out line (its indent made of spaces), already safe, wrapped with its continuation
  /// lines hanging under the text after a leading number (`1. `, `§2 `, `3 `), else two columns
  /// in from the line's own indent. Used for outlines and result screens, whose lines arrive
  /// already indented.
  ///
  /// - Parameters:
  ///   - line: The line, without a newline.
  ///   - width: The terminal's columns.
  /// - Returns: The wrapped lines.
  public static func hanging(_ line: String, width: Int) -> [String] {
    let body = line.drop { $0 == " " }
    let indent = String(repeating: " ", count: line.count - body.count)
    var marker = 2
    if let end = body.firstIndex(where: { !$0.isNumber && $0 != "§" }), end > body.startIndex,
      body[end...].hasPrefix(". ") || body[end...].hasPrefix(" ")
    {
      marker = body.distance(from: body.startIndex, to: end) + (body[end] == "." ? 2 : 1)
    }
    return lines(
      prepared: String(body), width: width, indent: indent,
      hanging: indent + String(repeating: " ", count: marker))
  }

  /// Lines already laid out and made safe (a result, a group plan), each wrapped with
  /// `hanging(_:width:)`.
  ///
  /// - Parameters:
  ///   - text: The lines, separated by newlines.
  ///   - width: The terminal's columns.
  /// - Returns: The wrapped text, lines separated by newlines.
  public static func block(_ text: String, width: Int) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .flatMap { hanging(String($0), width: width) }.joined(separator: "\n")
  }

  private static func room(_ width: Int, _ prefix: String) -> Int {
    max(10, width - 1 - DisplayWidth.of(prefix))
  }
}

/// Fills lines word by word within a number of columns.
private struct LineBreaker {
  let firstRoom: Int
  let room: Int
  var lines: [String] = []
  var current = ""
  var currentWidth = 0

  init(firstRoom: Int, room: Int) {
    self.firstRoom = firstRoom
    self.room = room
  }

  var available: Int { lines.isEmpty ? firstRoom : room }

  /// Adds a word after `gap` spaces (kept within a line, so aligned columns stay aligned;
  /// dropped where the line breaks).
  mutating func add(_ word: Substring, gap: Int) {
    let wordWidth = DisplayWidth.of(String(word))
    if currentWidth > 0, currentWidth + gap + wordWidth > available { breakLine() }
    if wordWidth > available {
      addLong(word)
      return
    }
    if currentWidth > 0 {
      current += String(repeating: " ", count: gap)
      currentWidth += gap
    }
    current += word
    currentWidth += wordWidth
  }

  /// A word wider than a line, at the start of a line: split between grapheme clusters, in one
  /// pass.
  private mutating func addLong(_ word: Substring) {
    for character in word {
      let characterWidth = DisplayWidth.of(character)
      if currentWidth > 0, currentWidth + characterWidth > available { breakLine() }
      current.append(character)
      currentWidth += characterWidth
    }
  }

  private mutating func breakLine() {
    lines.append(current)
    current = ""
    currentWidth = 0
  }

  /// The lines, each with the isolates open at its start reopened and those open at its end
  /// closed.
  mutating func finish() -> [String] {
    lines.append(current)
    var open: [Unicode.Scalar] = []
    return lines.map { line in
      var repaired = ""
      repaired.unicodeScalars.append(contentsOf: open)
      for scalar in line.unicodeScalars {
        switch scalar.value {
        case 0x2066...0x2068: open.append(scalar)
        case 0x2069: if !open.isEmpty { open.removeLast() }
        default: break
        }
      }
      repaired += line
      repaired.unicodeScalars.append(
        contentsOf: repeatElement(Bidi.popIsolate, count: open.count))
      return repaired
    }
  }
}
