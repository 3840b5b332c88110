extension JSONParser {
  /// What the parser expected where a syntax error stopped it.
  public enum Expected: Hashable, Sendable, CustomStringConvertible {
    /// The end of the file.
    case end
    /// No deeper nesting than `limit` levels.
    case nesting(limit: Int)
    /// A value.
    case value
    /// A literal: `true`, `false` or `null`.
    case literal(String)
    /// A key in double quotes.
    case key
    /// One punctuation character.
    case token(String)
    /// One of two punctuation characters.
    case either(String, String)
    /// A digit.
    case digit
    /// A digit after the decimal point.
    case digitAfterPoint
    /// A digit in the exponent.
    case digitInExponent
    /// A number that fits a double.
    case finiteNumber
    /// The second half of a UTF-16 surrogate pair.
    case surrogateSecondHalf
    /// A valid surrogate pair.
    case validSurrogatePair
    /// Valid UTF-8.
    case validUTF8
    /// The closing quote of a string.
    case closingQuote
    /// A control character written as an escape.
    case escapedControl
    /// An escape after `\`.
    case escape
    /// One of JSON's escapes.
    case validEscape
    /// A `\u` escape of a valid scalar.
    case unicodeEscape
    /// Four hex digits.
    case hexDigits

    /// The English phrase.
    public var description: String {
      switch self {
      case .end: return "the end of the file"
      case .nesting(let limit): return "at most \(limit) levels of nesting"
      case .value: return "a value"
      case .literal(let word): return "'\(word)'"
      case .key: return "a key in double quotes"
      case .token(let token): return "'\(token)'"
      case .either(let first, let second): return "'\(first)' or '\(second)'"
      case .digit: return "a digit"
      case .digitAfterPoint: return "a digit after '.'"
      case .digitInExponent: return "a digit in the exponent"
      case .finiteNumber: return "a finite number"
      case .surrogateSecondHalf: return "the second half of a surrogate pair"
      case .validSurrogatePair: return "a valid surrogate pair"
      case .validUTF8: return "valid UTF-8"
      case .closingQuote: return "a closing '\"'"
      case .escapedControl: return "an escaped control character"
      case .escape: return "an escape"
      case .validEscape: return "a valid escape"
      case .unicodeEscape: return "a valid \\u escape"
      case .hexDigits: return "four hex digits"
      }
    }
  }

  /// What stood where a syntax error stopped the parser.
  public enum Found: Hashable, Sendable, CustomStringConvertible {
    /// The end of the file.
    case end
    /// A printable ASCII character.
    case character(Character)
    /// Any other byte.
    case byte(UInt8)

    /// The English phrase.
    public var description: String {
      switch self {
      case .end: return "the end of the file"
      case .character(let character): return "'\(character)'"
      case .byte(let byte): return "byte 0x" + String(byte, radix: 16, uppercase: true)
      }
    }
  }
}

extension JSONParser.SyntaxError {
  /// The message in English: what was expected and what was found.
  public var message: String { "expected \(expected) but found \(found)" }
}
