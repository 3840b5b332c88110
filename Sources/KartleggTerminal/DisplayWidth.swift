/// The number of terminal columns text occupies, as `wcwidth` counts them: combining marks,
/// format characters and zero-width joiners take none, characters Unicode's East Asian Width
/// data marks wide or fullwidth (CJK, Hangul, emoji such as 🚀 ☕ ⌚) take two, everything else
/// one. A grapheme cluster takes at most two columns (an emoji sequence joined with U+200D, a
/// flag), and an emoji with the emoji presentation selector U+FE0F takes two.
public enum DisplayWidth {
  /// The columns a text occupies.
  ///
  /// - Parameter text: The text.
  /// - Returns: Its display width.
  public static func of(_ text: String) -> Int {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    return text.reduce(0) { $0 + of($1) }
  }

  /// The columns one grapheme cluster occupies: 0, 1 or 2.
  ///
  /// - Parameter character: The grapheme cluster.
  /// - Returns: Its display width.
  public static func of(_ character: Character) -> Int {
    var total = 0
    var hasPresentationSelector = false
    for scalar in character.unicodeScalars {
      total += of(scalar)
      if scalar.value == 0xFE0F { hasPresentationSelector = true }
    }
    if hasPresentationSelector, let first = character.unicodeScalars.first,
      first.properties.isEmoji
    {
      return 2
    }
    return min(2, total)
  }

  /// The columns one scalar occupies: 0, 1 or 2.
  ///
  /// - Parameter scalar: The scalar.
  /// - Returns: Its display width.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: break
    }
    if value == 0x200B || (0x1160...0x11FF).contains(value) { return 0 }
    return isWide(value) ? 2 : 1
  }

  /// Whether a code point is wide or fullwidth (a binary search of `wideRanges`).
  static func isWide(_ value: UInt32) -> Bool {
    var low = 0
    var high = wideRanges.count
    while low < high {
      let middle = (low + high) / 2
      let range = wideRanges[middle]
      if value < range.lowerBound {
        high = middle
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  /// The text padded with spaces to a display width.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - width: The width to pad to.
  /// - Returns: The padded text.
  public static func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - of(text)))
  }
}
