import CFriBidi

/// Right-to-left text on a terminal: isolating runs for terminals that apply the Unicode
/// Bidirectional Algorithm, and visual reordering (libfribidi) for terminals that do not.
///
/// Text is laid out in logical order, with kartlegg's own isolates around right-to-left text;
/// it is wrapped (`TextWrap` closes and reopens isolates at line ends); and each line is then
/// passed through `display(_:mode:)` just before it is printed.
public enum Bidi {
  /// RIGHT-TO-LEFT ISOLATE, U+2067.
  public static let rightToLeftIsolate: Unicode.Scalar = "\u{2067}"
  /// FIRST STRONG ISOLATE, U+2068: the isolate takes the direction of its first strong letter.
  public static let firstStrongIsolate: Unicode.Scalar = "\u{2068}"
  /// LEFT-TO-RIGHT ISOLATE, U+2066.
  public static let leftToRightIsolate: Unicode.Scalar = "\u{2066}"
  /// POP DIRECTIONAL ISOLATE, U+2069: ends the innermost isolate.
  public static let popIsolate: Unicode.Scalar = "\u{2069}"
  /// LEFT-TO-RIGHT MARK, U+200E.
  public static let leftToRightMark: Unicode.Scalar = "\u{200E}"
  /// RIGHT-TO-LEFT MARK, U+200F.
  public static let rightToLeftMark: Unicode.Scalar = "\u{200F}"

  /// The text as one isolate: RLI … PDI when it is in a right-to-left language, FSI … PDI
  /// otherwise (it then takes the direction of its first strong letter). Text without any
  /// right-to-left letter is returned as it is.
  ///
  /// - Parameters:
  ///   - text: Text already made safe (`TerminalText.safe` or `escaped`).
  ///   - rightToLeft: Whether the text's language is written right to left.
  /// - Returns: The isolated text.
  public static func isolated(_ text: String, rightToLeft: Bool) -> String {
    guard containsRightToLeft(text) else { return text }
    var result = ""
    result.unicodeScalars.append(rightToLeft ? rightToLeftIsolate : firstStrongIsolate)
    result += text
    result.unicodeScalars.append(popIsolate)
    return result
  }

  /// Whether the text holds a strong right-to-left character (Hebrew, Arabic script, RLM, …).
  ///
  /// - Parameter text: The text.
  /// - Returns: Whether it does.
  public static func containsRightToLeft(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.value >= 0x0590 && direction(of: $0) == .rightToLeft }
  }

  /// The line with every right-to-left run that is not already inside an isolate wrapped in
  /// RLI … PDI. A run goes from a strong right-to-left character to the last one before the
  /// next strong left-to-right character, isolate or the line's end, taking the numbers and
  /// neutral characters between them along; numbers and punctuation around it stay outside, so
  /// `5 ar العربية 6 ti` keeps each number beside its own code.
  ///
  /// - Parameter line: One line, already made safe.
  /// - Returns: The line with its right-to-left runs isolated.
  /// - Complexity: O(*n*) in the number of scalars.
  public static func isolatingRuns(_ line: String) -> String {
    guard containsRightToLeft(line) else { return line }
    var result = String.UnicodeScalarView()
    var pending = String.UnicodeScalarView()
    var inRun = false
    var depth = 0
    func closeRun() {
      if inRun {
        result.append(popIsolate)
        inRun = false
      }
      result.append(contentsOf: pending)
      pending = String.UnicodeScalarView()
    }
    for scalar in line.unicodeScalars {
      switch scalar.value {
      case 0x2066...0x2068:
        closeRun()
        depth += 1
        result.append(scalar)
        continue
      case 0x2069:
        closeRun()
        depth = max(0, depth - 1)
        result.append(scalar)
        continue
      default: break
      }
      guard depth == 0 else {
        result.append(scalar)
        continue
      }
      switch direction(of: scalar) {
      case .rightToLeft:
        if inRun {
          result.append(contentsOf: pending)
          pending = String.UnicodeScalarView()
        } else {
          result.append(contentsOf: pending)
          pending = String.UnicodeScalarView()
          result.append(rightToLeftIsolate)
          inRun = true
        }
        result.append(scalar)
      case .leftToRight:
        closeRun()
        result.append(scalar)
      case .neutral:
        if inRun {
          pending.append(scalar)
        } else {
          result.append(scalar)
        }
      }
    }
    closeRun()
    return String(result)
  }

  /// A laid-out line as it is to be printed: in `terminal` mode with its right-to-left runs
  /// isolated; in `visual` mode reordered for the screen by libfribidi (paragraph direction left
  /// to right, Arabic letters joined, brackets mirrored), without any bidi control.
  ///
  /// - Parameters:
  ///   - line: One wrapped line, made safe, possibly holding kartlegg's own isolates.
  ///   - mode: How the terminal treats right-to-left text.
  /// - Returns: The line to print.
  public static func display(_ line: String, mode: BidiMode) -> String {
    let hasRightToLeft = containsRightToLeft(line)
    switch mode {
    case .terminal: return hasRightToLeft ? isolatingRuns(line) : line
    case .visual:
      // A line continuing a right-to-left isolate may hold only neutrals and Latin words, which
      // the isolate still orders right to left.
      let isIsolated = line.unicodeScalars.contains { (0x2066...0x2068).contains($0.value) }
      guard hasRightToLeft || isIsolated else { return removingControls(line) }
      return visual(isolatingRuns(line))
    }
  }

  /// One line in visual order, by libfribidi, with bidi controls, marks and the fillers
  /// ligatures leave removed.
  ///
  /// - Parameter line: One line in logical order.
  /// - Returns: The characters in the order they appear on screen, left to right.
  public static func visual(_ line: String) -> String {
    let logical = line.unicodeScalars.map(\.value)
    guard !logical.isEmpty, logical.count < Int(Int32.max) else { return line }
    var visual = [UInt32](repeating: 0, count: logical.count)
    let succeeded = logical.withUnsafeBufferPointer { input in
      visual.withUnsafeMutableBufferPointer { output in
        guard let inputBase = input.baseAddress, let outputBase = output.baseAddress else {
          return false
        }
        return kartlegg_fribidi_visual(inputBase, Int32(input.count), outputBase) != 0
      }
    }
    guard succeeded else { return line }
    var result = String.UnicodeScalarView()
    // Shaping leaves U+FEFF where two letters became one ligature (lam-alef).
    for value in visual where !isBidiControl(value) && value != 0xFEFF {
      if let scalar = Unicode.Scalar(value) { result.append(scalar) }
    }
    return String(result)
  }

  /// The line without bidi marks, embeddings, overrides or isolates.
  static func removingControls(_ line: String) -> String {
    guard line.unicodeScalars.contains(where: { isBidiControl($0.value) }) else { return line }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: line.unicodeScalars.lazy.filter { !isBidiControl($0.value) })
    return String(result)
  }

  /// Whether a code point is a bidi mark, embedding, override or isolate control.
  static func isBidiControl(_ value: UInt32) -> Bool {
    value == 0x061C || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }

  enum Direction {
    case leftToRight
    case rightToLeft
    case neutral
  }

  /// A scalar's strong direction by its bidi class (numbers count as neutral here).
  static func direction(of scalar: Unicode.Scalar) -> Direction {
    let value = scalar.value
    if value < 0x80 {
      let isLetter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
      return isLetter ? .leftToRight : .neutral
    }
    switch kartlegg_fribidi_class(value) {
    case 1: return .leftToRight
    case 2: return .rightToLeft
    default: return .neutral
    }
  }
}
