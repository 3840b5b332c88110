/// One token of the condition language.
struct ExpressionToken: Sendable {
  enum Kind: Equatable, Sendable, CustomStringConvertible {
    case number(Double)
    case text(String)
    case identifier(String)
    case keyword(String)
    case symbol(String)
    case end

    var description: String {
      switch self {
      case .number(let value): return "number \(ExpressionFormat.number(value))"
      case .text(let value): return "'\(value)'"
      case .identifier(let value): return "'\(value)'"
      case .keyword(let value): return "'\(value)'"
      case .symbol(let value): return "'\(value)'"
      case .end: return "the end of the expression"
      }
    }
  }

  var kind: Kind
  /// Character offset in the expression, from 0.
  var offset: Int
}

/// Splits a condition into tokens.
enum ExpressionLexer {
  static let keywords: Set<String> = ["and", "or", "not", "in", "true", "false"]
  static let maximumLength = 4096

  static func tokens(of source: String) throws(ExpressionProblem) -> [ExpressionToken] {
    let scalars = source.unicodeScalars
    let characters = Array(scalars)
    guard characters.count <= maximumLength else {
      throw ExpressionProblem(
        .syntax(expected: "at most \(maximumLength) characters", found: "\(characters.count)"),
        at: maximumLength)
    }
    let positions = Array(scalars.indices)
    /// The text of `characters[range]`, copied from `source` in one piece.
    func slice(_ range: Range<Int>) -> String {
      let end = range.upperBound < positions.count ? positions[range.upperBound] : scalars.endIndex
      return String(scalars[positions[range.lowerBound]..<end])
    }
    var tokens: [ExpressionToken] = []
    var index = 0
    while index < characters.count {
      let character = characters[index]
      let start = index
      if character == " " || character == "\t" || character == "\n" || character == "\r" {
        index += 1
      } else if isDigit(character) {
        while index < characters.count, isDigit(characters[index]) || characters[index] == "." {
          index += 1
        }
        let text = slice(start..<index)
        guard let value = Double(text), value.isFinite else {
          throw ExpressionProblem(.syntax(expected: "a number", found: "'\(text)'"), at: start)
        }
        tokens.append(ExpressionToken(kind: .number(value), offset: start))
      } else if character == "'" {
        index += 1
        while index < characters.count, characters[index] != "'" { index += 1 }
        guard index < characters.count else {
          throw ExpressionProblem(.syntax(expected: "a closing quote", found: "the end"), at: start)
        }
        let text = slice((start + 1)..<index)
        index += 1
        tokens.append(ExpressionToken(kind: .text(text), offset: start))
      } else if isIdentifierStart(character) {
        while index < characters.count, isIdentifierPart(characters[index]) { index += 1 }
        while index > start, characters[index - 1] == "." { index -= 1 }
        let word = slice(start..<index)
        let kind: ExpressionToken.Kind =
          keywords.contains(word) ? .keyword(word) : .identifier(word)
        tokens.append(ExpressionToken(kind: kind, offset: start))
      } else if let symbol = symbol(at: index, in: characters) {
        index += symbol.unicodeScalars.count
        tokens.append(ExpressionToken(kind: .symbol(symbol), offset: start))
      } else {
        let shown =
          character.isASCII && character.value >= 0x20 ? "\(character)" : "U+\(hex(character))"
        throw ExpressionProblem(.syntax(expected: "an expression", found: "'\(shown)'"), at: start)
      }
    }
    tokens.append(ExpressionToken(kind: .end, offset: characters.count))
    return tokens
  }

  private static func symbol(at index: Int, in characters: [Unicode.Scalar]) -> String? {
    let next = index + 1 < characters.count ? characters[index + 1] : nil
    switch characters[index] {
    case "!" where next == "=": return "!="
    case "<" where next == "=": return "<="
    case ">" where next == "=": return ">="
    case "=", "<", ">", "+", "-", "*", "/", "(", ")", ".": return String(characters[index])
    default: return nil
    }
  }

  private static func hex(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar)
  }

  private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
  }

  private static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
    isIdentifierStart(scalar) || isDigit(scalar) || scalar == "."
  }
}
