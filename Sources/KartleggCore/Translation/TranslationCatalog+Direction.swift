extension TranslationCatalog {
  /// The translated units with right-to-left text that start with a strong left-to-right
  /// letter (a Latin word such as `WhatsApp` or `B2`), for a catalogue in a right-to-left
  /// language. A terminal or browser that guesses a paragraph's direction from its first strong
  /// letter lays such a text out left to right; starting it with RIGHT-TO-LEFT MARK (U+200F)
  /// fixes that. Units with no right-to-left letter at all (a bare `WhatsApp`) are left alone.
  ///
  /// - Returns: The units, in file order.
  public func unitsStartingLeftToRight() -> [TranslationUnit] {
    units.filter { unit in
      guard unit.isTranslated, let target = unit.target else { return false }
      return Self.firstStrongDirection(of: target) == .leftToRight
        && target.unicodeScalars.contains { isRightToLeftLetter($0) }
    }
  }

  /// The direction of a text's first strong character, `nil` when it has none. Marks count
  /// (U+200E left to right; U+200F and U+061C right to left); letters of the Hebrew, Arabic,
  /// Syriac, Thaana, N'Ko and other right-to-left blocks are right to left, other letters left
  /// to right; digits and punctuation are skipped.
  ///
  /// - Parameter text: The text.
  /// - Returns: The direction of its first strong character.
  public static func firstStrongDirection(of text: String) -> TextDirection? {
    for scalar in text.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x200E: return .leftToRight
      case 0x200F, 0x061C: return .rightToLeft
      default: break
      }
      guard scalar.properties.isAlphabetic else { continue }
      return isRightToLeftLetter(scalar) ? .rightToLeft : .leftToRight
    }
    return nil
  }
}

/// Whether a scalar is a letter of a right-to-left block (Hebrew, Arabic, Syriac, Thaana, N'Ko,
/// Samaritan, Mandaic, their presentation forms, and the historic right-to-left planes).
private func isRightToLeftLetter(_ scalar: Unicode.Scalar) -> Bool {
  let value = scalar.value
  guard scalar.properties.isAlphabetic else { return false }
  return (0x0590...0x08FF).contains(value) || (0xFB1D...0xFDFF).contains(value)
    || (0xFE70...0xFEFF).contains(value) || (0x10800...0x10FFF).contains(value)
    || (0x1E800...0x1EFFF).contains(value)
}
