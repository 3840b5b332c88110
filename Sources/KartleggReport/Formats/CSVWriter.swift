/// kartlegg's one CSV writer (RFC 4180, CRLF line ends), always guarding against spreadsheet
/// formulas.
public enum CSVWriter {
  /// A whole document.
  ///
  /// - Parameters:
  ///   - header: The column names.
  ///   - rows: The records.
  ///   - lineEnd: CRLF as RFC 4180 says, or LF for tools that read lines.
  /// - Returns: The text, header first.
  public static func document(header: [String], rows: [[String]], lineEnd: String = "\r\n")
    -> String
  {
    ([header] + rows).map { record($0, lineEnd: lineEnd) }.joined()
  }

  /// One record and its line end.
  ///
  /// - Parameters:
  ///   - fields: The fields.
  ///   - lineEnd: The line end.
  /// - Returns: The line.
  public static func record(_ fields: [String], lineEnd: String = "\r\n") -> String {
    fields.map(field).joined(separator: ",") + lineEnd
  }

  /// One field, quoted when it holds a comma, quote or line break. A field a spreadsheet would
  /// take for a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a
  /// leading apostrophe.
  ///
  /// - Parameter raw: The value.
  /// - Returns: The field as written.
  public static func field(_ raw: String) -> String {
    let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]
    let text = raw.first.map(formulaStarts.contains) == true ? "'" + raw : raw
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
    let doubled = text.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }
    return "\"" + String(doubled) + "\""
  }
}
