/// Parses JSON (RFC 8259) into ``JSONValue``s with their lines and columns.
///
/// Nesting is limited to 64 levels; any problem stops the parse with its position.
public struct JSONParser: Sendable {
  /// A syntax error with its position.
  public struct SyntaxError: Error, Hashable, Sendable {
    /// What was expected.
    public var expected: Expected
    /// What stood there instead.
    public var found: Found
    /// The line, from 1.
    public var line: Int
    /// The column, from 1.
    public var column: Int
  }

  static let maximumDepth = 64

  /// Creates a parser.
  public init() {}

  /// Parses one JSON document.
  ///
  /// - Parameter bytes: UTF-8 text.
  /// - Returns: The value.
  /// - Throws: ``SyntaxError`` at the first problem.
  /// - Complexity: O(n) in the length of the input.
  public func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
    var scanner = JSONScanner(bytes: bytes)
    scanner.skipByteOrderMark()
    scanner.skipWhitespace()
    let value = try scanner.value(depth: 0)
    scanner.skipWhitespace()
    guard scanner.isAtEnd else { throw scanner.error(.end) }
    return value
  }
}

private struct JSONScanner {
  let bytes: [UInt8]
  var index = 0
  var line = 1
  var lineStart = 0
  /// The column at `countedTo`: columns are counted forward from the last position asked
  /// about, so asking at every value costs O(n) over the whole input, not O(n) per value.
  var countedTo = 0
  var countedColumn = 1

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  var isAtEnd: Bool { index >= bytes.count }

  /// The column at `index`, from 1. Columns count characters: continuation bytes of UTF-8
  /// sequences do not advance them.
  mutating func column() -> Int {
    countedColumn = Self.column(
      in: bytes, lineStart: lineStart, from: countedTo, countedColumn, to: index)
    countedTo = max(lineStart, min(index, bytes.count))
    return countedColumn
  }

  private static func column(
    in bytes: [UInt8], lineStart: Int, from start: Int, _ startColumn: Int, to end: Int
  ) -> Int {
    var position = start
    var column = startColumn
    if position < lineStart {
      position = lineStart
      column = 1
    }
    let end = min(end, bytes.count)
    while position < end {
      if bytes[position] & 0xC0 != 0x80 { column += 1 }
      position += 1
    }
    return column
  }

  func error(_ expected: JSONParser.Expected) -> JSONParser.SyntaxError {
    let found: JSONParser.Found
    if isAtEnd {
      found = .end
    } else if bytes[index] >= 0x21, bytes[index] < 0x7F {
      found = .character(Character(Unicode.Scalar(bytes[index])))
    } else {
      found = .byte(bytes[index])
    }
    let column = Self.column(
      in: bytes, lineStart: lineStart, from: countedTo, countedColumn, to: index)
    return JSONParser.SyntaxError(expected: expected, found: found, line: line, column: column)
  }

  mutating func skipByteOrderMark() {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
  }

  mutating func skipWhitespace() {
    while !isAtEnd {
      switch bytes[index] {
      case 0x20, 0x09, 0x0D: index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      default: return
      }
    }
  }

  mutating func value(depth: Int) throws(JSONParser.SyntaxError) -> JSONValue {
    guard depth < JSONParser.maximumDepth else {
      throw error(.nesting(limit: JSONParser.maximumDepth))
    }
    guard !isAtEnd else { throw error(.value) }
    let (startLine, startColumn) = (line, column())
    func located(_ kind: JSONValue.Kind) -> JSONValue {
      JSONValue(kind, line: startLine, column: startColumn)
    }
    switch bytes[index] {
    case UInt8(ascii: "{"): return located(.object(try members(depth: depth)))
    case UInt8(ascii: "["): return located(.array(try elements(depth: depth)))
    case UInt8(ascii: "\""): return located(.string(try string()))
    case UInt8(ascii: "t"):
      try literal("true")
      return located(.boolean(true))
    case UInt8(ascii: "f"):
      try literal("false")
      return located(.boolean(false))
    case UInt8(ascii: "n"):
      try literal("null")
      return located(.null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return located(.number(try number()))
    default: throw error(.value)
    }
  }

  mutating func literal(_ word: String) throws(JSONParser.SyntaxError) {
    for byte in word.utf8 {
      guard !isAtEnd, bytes[index] == byte else { throw error(.literal(word)) }
      index += 1
    }
  }

  mutating func members(depth: Int) throws(JSONParser.SyntaxError) -> [JSONMember] {
    index += 1
    skipWhitespace()
    var members: [JSONMember] = []
    if !isAtEnd, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return members
    }
    while true {
      skipWhitespace()
      guard !isAtEnd, bytes[index] == UInt8(ascii: "\"") else {
        throw error(.key)
      }
      let (keyLine, keyColumn) = (line, column())
      let key = try string()
      skipWhitespace()
      guard !isAtEnd, bytes[index] == UInt8(ascii: ":") else { throw error(.token(":")) }
      index += 1
      skipWhitespace()
      let value = try value(depth: depth + 1)
      members.append(JSONMember(key: key, keyLine: keyLine, keyColumn: keyColumn, value: value))
      skipWhitespace()
      guard !isAtEnd else { throw error(.either(",", "}")) }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return members
      } else {
        throw error(.either(",", "}"))
      }
    }
  }

  mutating func elements(depth: Int) throws(JSONParser.SyntaxError) -> [JSONValue] {
    index += 1
    skipWhitespace()
    var elements: [JSONValue] = []
    if !isAtEnd, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return elements
    }
    while true {
      skipWhitespace()
      elements.append(try value(depth: depth + 1))
      skipWhitespace()
      guard !isAtEnd else { throw error(.either(",", "]")) }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return elements
      } else {
        throw error(.either(",", "]"))
      }
    }
  }

  mutating func number() throws(JSONParser.SyntaxError) -> Double {
    let start = index
    func digits() -> Int {
      let from = index
      while !isAtEnd, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
      return index - from
    }
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard digits() > 0 else { throw error(.digit) }
    if !isAtEnd, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard digits() > 0 else { throw error(.digitAfterPoint) }
    }
    if !isAtEnd, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if !isAtEnd, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        index += 1
      }
      guard digits() > 0 else { throw error(.digitInExponent) }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let value = Double(text), value.isFinite else { throw error(.finiteNumber) }
    return value
  }

  mutating func string() throws(JSONParser.SyntaxError) -> String {
    index += 1
    var text = ""
    var pendingHigh: UInt32?
    while true {
      // A run of plain bytes is checked and decoded in one go.
      let runStart = index
      while index < bytes.count, bytes[index] != UInt8(ascii: "\""),
        bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20
      {
        index += 1
      }
      if index > runStart {
        guard pendingHigh == nil else {
          index = runStart
          throw error(.surrogateSecondHalf)
        }
        guard let run = String(validating: bytes[runStart..<index], as: UTF8.self) else {
          index = runStart
          while utf8Length(at: index) > 0 { index += utf8Length(at: index) }
          throw error(.validUTF8)
        }
        text += run
      }
      guard !isAtEnd else { throw error(.closingQuote) }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        guard pendingHigh == nil else { throw error(.surrogateSecondHalf) }
        return text
      }
      guard byte >= 0x20 else { throw error(.escapedControl) }
      index += 1
      guard !isAtEnd else { throw error(.escape) }
      let escape = bytes[index]
      index += 1
      if escape == UInt8(ascii: "u") {
        let unit = try hexQuad()
        if (0xD800...0xDBFF).contains(unit) {
          guard pendingHigh == nil else { throw error(.surrogateSecondHalf) }
          pendingHigh = unit
          continue
        }
        if (0xDC00...0xDFFF).contains(unit) {
          guard let high = pendingHigh,
            let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00))
          else { throw error(.validSurrogatePair) }
          pendingHigh = nil
          text.unicodeScalars.append(scalar)
          continue
        }
        guard pendingHigh == nil else { throw error(.surrogateSecondHalf) }
        guard let scalar = Unicode.Scalar(unit) else { throw error(.unicodeEscape) }
        text.unicodeScalars.append(scalar)
        continue
      }
      guard pendingHigh == nil else { throw error(.surrogateSecondHalf) }
      switch escape {
      case UInt8(ascii: "\""): text.unicodeScalars.append("\"")
      case UInt8(ascii: "\\"): text.unicodeScalars.append("\\")
      case UInt8(ascii: "/"): text.unicodeScalars.append("/")
      case UInt8(ascii: "b"): text.unicodeScalars.append("\u{08}")
      case UInt8(ascii: "f"): text.unicodeScalars.append("\u{0C}")
      case UInt8(ascii: "n"): text.unicodeScalars.append("\n")
      case UInt8(ascii: "r"): text.unicodeScalars.append("\r")
      case UInt8(ascii: "t"): text.unicodeScalars.append("\t")
      default:
        index -= 1
        throw error(.validEscape)
      }
    }
  }

  mutating func hexQuad() throws(JSONParser.SyntaxError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error(.hexDigits) }
    var value: UInt32 = 0
    for byte in bytes[index..<(index + 4)] {
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw error(.hexDigits)
      }
      value = value << 4 | UInt32(digit)
    }
    index += 4
    return value
  }

  /// The length of the valid UTF-8 sequence at `position`, or 0.
  func utf8Length(at position: Int) -> Int {
    let lead = bytes[position]
    let length: Int
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return 0
    }
    guard position + length <= bytes.count else { return 0 }
    let sequence = Array(bytes[position..<(position + length)])
    // Round-trip through the decoder to reject overlong forms and surrogates.
    let decoded = String(decoding: sequence, as: UTF8.self)
    return Array(decoded.utf8) == sequence ? length : 0
  }
}
