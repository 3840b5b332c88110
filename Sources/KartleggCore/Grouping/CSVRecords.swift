/// Splits CSV bytes (RFC 4180: commas, double-quoted fields with `""` escapes, LF or CRLF line
/// ends) into records, each with the line it starts on.
///
/// A small reader of our own rather than CSV.swift: that library reports rows, not lines, and a
/// quoted field can span lines, so its row numbers cannot give the `FILE:LINE:` diagnostics
/// every kartlegg input error carries.
public enum CSVRecords {
  /// One record: its fields and the line it starts on.
  public struct Record: Equatable {
    /// The line it starts on, counted from 1.
    public var line: Int
    /// Its fields.
    public var fields: [String]
  }

  /// Why the bytes are not CSV.
  public struct Failure: Error, Equatable {
    /// The line it starts on, counted from 1.
    public var line: Int
    /// What is wrong.
    public var message: String
  }

  /// The records, or where the text stops being CSV. Empty lines give no record.
  public static func split(_ bytes: [UInt8]) -> Result<[Record], Failure> {
    var input = bytes[...]
    if input.starts(with: [0xEF, 0xBB, 0xBF]) { input = input.dropFirst(3) }
    var records: [Record] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var line = 1
    var recordLine = 1
    var quoteLine = 0
    var inQuotes = false
    var afterQuote = false
    var index = input.startIndex

    func finishField() -> Failure? {
      guard let text = String(validating: field, as: UTF8.self) else {
        return Failure(line: recordLine, message: "text is not valid UTF-8")
      }
      fields.append(text)
      field.removeAll(keepingCapacity: true)
      afterQuote = false
      return nil
    }

    while index < input.endIndex {
      let byte = input[index]
      index += 1
      if inQuotes {
        if byte == UInt8(ascii: "\"") {
          if index < input.endIndex, input[index] == UInt8(ascii: "\"") {
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
        if let failure = finishField() { return .failure(failure) }
      case UInt8(ascii: "\r") where index < input.endIndex && input[index] == UInt8(ascii: "\n"):
        continue
      case UInt8(ascii: "\n"):
        if !(fields.isEmpty && field.isEmpty && !afterQuote) {
          if let failure = finishField() { return .failure(failure) }
          records.append(Record(line: recordLine, fields: fields))
        }
        fields = []
        line += 1
        recordLine = line
      case UInt8(ascii: "\"") where field.isEmpty && !afterQuote:
        inQuotes = true
        quoteLine = line
      default:
        if afterQuote {
          return .failure(Failure(line: line, message: "text after a closing quote"))
        }
        field.append(byte)
      }
    }
    if inQuotes {
      return .failure(Failure(line: quoteLine, message: "a quoted field is never closed"))
    }
    if !(fields.isEmpty && field.isEmpty && !afterQuote) {
      if let failure = finishField() { return .failure(failure) }
      records.append(Record(line: recordLine, fields: fields))
    }
    return .success(records)
  }
}
