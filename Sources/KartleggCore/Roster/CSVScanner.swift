/// Reads CSV (RFC 4180: commas, double-quoted fields with `""` escapes, LF or CRLF line ends)
/// one record at a time, each with the line it starts on.
///
/// A reader of our own rather than a CSV library: those report rows, not lines, and a quoted
/// field can span lines, so their row numbers cannot give the `FILE:LINE:` diagnostics every
/// kartlegg input error carries. It holds one record at a time, never the whole file split.
public struct CSVScanner: Sendable {
  /// One record: its fields and the line it starts on.
  public struct Record: Equatable, Sendable {
    /// The line the record starts on, from 1.
    public var line: Int
    /// The fields, decoded as UTF-8.
    public var fields: [String]

    /// Creates a record.
    ///
    /// - Parameters:
    ///   - line: The line it starts on.
    ///   - fields: The fields.
    public init(line: Int, fields: [String]) {
      self.line = line
      self.fields = fields
    }
  }

  /// Why the bytes are not CSV.
  public struct Failure: Error, Equatable, Sendable {
    /// What is wrong with the text.
    public enum Reason: Equatable, Sendable {
      /// Bytes that are not UTF-8.
      case invalidUTF8
      /// Text after a quoted field's closing quote.
      case textAfterQuote
      /// A quoted field that is never closed.
      case unclosedQuote
    }

    /// The line of the problem.
    public var line: Int
    /// What is wrong.
    public var reason: Reason

    /// What is wrong, in English.
    public var message: String {
      switch reason {
      case .invalidUTF8: return "text is not valid UTF-8"
      case .textAfterQuote: return "text after a closing quote"
      case .unclosedQuote: return "a quoted field is never closed"
      }
    }
  }

  private let bytes: [UInt8]
  private var index: Int
  private var line = 1
  private var hasFailed = false

  /// Creates a scanner over UTF-8 bytes; a byte-order mark is skipped.
  ///
  /// - Parameter bytes: The file's content.
  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
    index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  }

  /// The next record, `nil` at the end, or where the text stops being CSV (after which the
  /// scanner returns `nil`). Empty lines give no record.
  ///
  /// - Returns: The record or the failure.
  /// - Complexity: O(length of the record).
  public mutating func next() -> Result<Record, Failure>? {
    guard !hasFailed else { return nil }
    var fields: [String] = []
    var field: [UInt8] = []
    var recordLine = line
    var quoteLine = 0
    var inQuotes = false
    var afterQuote = false

    func finishField() -> Failure? {
      guard let text = String(validating: field, as: UTF8.self) else {
        return Failure(line: recordLine, reason: .invalidUTF8)
      }
      fields.append(text)
      field.removeAll(keepingCapacity: true)
      afterQuote = false
      return nil
    }
    func fail(_ failure: Failure) -> Result<Record, Failure> {
      hasFailed = true
      return .failure(failure)
    }

    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if inQuotes {
        if byte == UInt8(ascii: "\"") {
          if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            field.append(byte)
            index += 1
          } else {
            inQuotes = false
            afterQuote = true
          }
        } else {
          if byte == UInt8(ascii: "\n") { line += 1 }
          field.append(byte)
        }
        continue
      }
      switch byte {
      case UInt8(ascii: ","):
        if let failure = finishField() { return fail(failure) }
      case UInt8(ascii: "\r") where index < bytes.count && bytes[index] == UInt8(ascii: "\n"):
        continue
      case UInt8(ascii: "\n"):
        line += 1
        if !(fields.isEmpty && field.isEmpty && !afterQuote) {
          if let failure = finishField() { return fail(failure) }
          return .success(Record(line: recordLine, fields: fields))
        }
        fields = []
        recordLine = line
      case UInt8(ascii: "\"") where field.isEmpty && !afterQuote:
        inQuotes = true
        quoteLine = line
      default:
        if afterQuote {
          return fail(Failure(line: line, reason: .textAfterQuote))
        }
        field.append(byte)
      }
    }
    if inQuotes {
      return fail(Failure(line: quoteLine, reason: .unclosedQuote))
    }
    if !(fields.isEmpty && field.isEmpty && !afterQuote) {
      if let failure = finishField() { return fail(failure) }
      hasFailed = true
      return .success(Record(line: recordLine, fields: fields))
    }
    return nil
  }
}
