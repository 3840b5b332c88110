import KartleggCore

/// Checks raw bytes before libxml2 sees them: size, compression, encoding, NUL bytes and
/// elements with too many attributes (which libxml2 2.9 parses in quadratic time).
enum ByteScreen {
  /// The largest file accepted (4 MiB; the standard survey is about 60 KiB).
  static let sizeLimit = 4 * 1024 * 1024
  /// The most attributes one element may carry.
  static let attributeLimit = 64

  static func problems(in bytes: [UInt8], file: String) -> [LoadProblem] {
    func at(_ line: Int, _ column: Int? = nil) -> DocumentLocation {
      DocumentLocation(file: file, line: line, column: column)
    }
    guard !bytes.isEmpty else { return [LoadProblem(.empty, at: at(1))] }
    guard bytes.count <= sizeLimit else {
      return [LoadProblem(.tooLarge(size: bytes.count, limit: sizeLimit), at: at(1))]
    }
    if bytes.starts(with: [0x1F, 0x8B]) { return [LoadProblem(.compressed("gzip"), at: at(1))] }
    if bytes.starts(with: [0xFD, 0x37, 0x7A, 0x58, 0x5A]) {
      return [LoadProblem(.compressed("xz"), at: at(1))]
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
      || (bytes.count > 1 && (bytes[0] == 0 || bytes[1] == 0))
    {
      let kind = bytes.starts(with: [0xFF, 0xFE, 0, 0]) ? "UTF-32" : "UTF-16"
      return [LoadProblem(.notUTF8Encoding(kind), at: at(1))]
    }
    let problem = bytes.withUnsafeBufferPointer { buffer -> LoadProblem? in
      if let bad = firstUnacceptableByte(in: buffer) {
        return LoadProblem(bad.reason, at: at(bad.line, bad.column))
      }
      guard let crowded = crowdedElementLine(buffer) else { return nil }
      return LoadProblem(
        .tooManyAttributes(count: crowded.count, limit: attributeLimit), at: at(crowded.line))
    }
    return problem.map { [$0] } ?? []
  }

  /// The first NUL byte, control character or invalid UTF-8 sequence, with its line and column.
  private static func firstUnacceptableByte(in bytes: UnsafeBufferPointer<UInt8>) -> (
    reason: LoadProblem.Reason, line: Int, column: Int
  )? {
    var line = 1
    var lineStart = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte >= 0x20, byte < 0x80 {
        index += 1
      } else if byte == 0x0A {
        line += 1
        index += 1
        lineStart = index
      } else if byte == 0 {
        return (.nulByte, line, index - lineStart + 1)
      } else if byte < 0x20, byte != 0x09, byte != 0x0D {
        return (.controlCharacter(Unicode.Scalar(byte)), line, index - lineStart + 1)
      } else if byte >= 0x80 {
        let length = validSequenceLength(bytes, at: index)
        guard length > 0 else { return (.invalidUTF8, line, index - lineStart + 1) }
        index += length
      } else {
        index += 1
      }
    }
    return nil
  }

  /// The length of the valid UTF-8 sequence starting at `index`, or 0 when it is invalid
  /// (overlong forms, surrogates and values past U+10FFFF included).
  private static func validSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> Int
  {
    let lead = bytes[index]
    let (length, low, high): (Int, UInt8, UInt8)
    switch lead {
    case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
    case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
    case 0xED: (length, low, high) = (3, 0x80, 0x9F)
    case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
    case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
    case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
    default: return 0
    }
    guard index + length <= bytes.count else { return 0 }
    guard (low...high).contains(bytes[index + 1]) else { return 0 }
    for offset in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[index + offset]) {
      return 0
    }
    return length
  }

  /// The first element (by line) whose start tag has more than `attributeLimit` attributes,
  /// found by counting `=` outside quotes inside tags, skipping comments, CDATA and PIs.
  private static func crowdedElementLine(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    line: Int, count: Int
  )? {
    var line = 1
    var index = 0
    let lt = UInt8(ascii: "<")
    while index < bytes.count {
      if bytes[index] == 0x0A { line += 1 }
      guard bytes[index] == lt else {
        index += 1
        continue
      }
      if let end = skipMarkup(bytes, from: index, line: &line) {
        index = end
        continue
      }
      let tagLine = line
      var count = 0
      var quote: UInt8?
      index += 1
      while index < bytes.count {
        let byte = bytes[index]
        if byte == 0x0A { line += 1 }
        if let open = quote {
          if byte == open { quote = nil }
        } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
          quote = byte
        } else if byte == UInt8(ascii: "=") {
          count += 1
        } else if byte == UInt8(ascii: ">") {
          break
        }
        index += 1
      }
      if count > attributeLimit { return (tagLine, count) }
      index += 1
    }
    return nil
  }

  /// The markup whose content is skipped, with the bytes that open and close it.
  private static let skipped: [(open: [UInt8], close: [UInt8])] = [
    (Array("<!--".utf8), Array("-->".utf8)), (Array("<![CDATA[".utf8), Array("]]>".utf8)),
    (Array("<?".utf8), Array("?>".utf8)),
  ]

  /// When `<` at `index` opens a comment, CDATA section or processing instruction, the index
  /// just past its end; otherwise `nil`.
  private static func skipMarkup(
    _ bytes: UnsafeBufferPointer<UInt8>, from index: Int, line: inout Int
  ) -> Int? {
    // Only `<!` and `<?` can open skipped markup: an element's `<` is decided by one byte.
    guard index + 1 < bytes.count,
      bytes[index + 1] == UInt8(ascii: "!") || bytes[index + 1] == UInt8(ascii: "?"),
      let markup = skipped.first(where: { matches(bytes, at: index, $0.open) })
    else { return nil }
    let terminator = markup.close
    var position = index + 2
    while position < bytes.count {
      if bytes[position] == 0x0A { line += 1 }
      if bytes[position] == terminator[0], matches(bytes, at: position, terminator) {
        return position + terminator.count
      }
      position += 1
    }
    return bytes.count
  }

  private static func matches(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ pattern: [UInt8]
  ) -> Bool {
    guard index + pattern.count <= bytes.count else { return false }
    return bytes[index..<(index + pattern.count)].elementsEqual(pattern)
  }
}
