import KartleggCore

/// Gives problems that libxml2 reports with a line only (schema errors, and problems found in
/// the parsed tree, which keeps no columns) the column of the element's start tag on that
/// line, so every problem reads `FILE:LINE:COL`.
enum LineColumns {
  /// The failure with a column for every problem that can have one.
  ///
  /// - Parameters:
  ///   - failure: The problems.
  ///   - bytes: The file's content.
  /// - Returns: The problems, columns filled in where the line has a start tag.
  /// - Complexity: O(n) in the file's length.
  static func filled(_ failure: LoadFailure, in bytes: [UInt8]) -> LoadFailure {
    guard failure.problems.contains(where: { $0.location.column == nil }) else { return failure }
    let lastLine = failure.problems.map(\.location.line).max() ?? 1
    var lineStarts = [0]
    var index = 0
    while index < bytes.count, lineStarts.count <= lastLine {
      if bytes[index] == UInt8(ascii: "\n") { lineStarts.append(index + 1) }
      index += 1
    }
    return LoadFailure(
      failure.problems.map { problem in
        guard problem.location.column == nil, problem.location.line <= lineStarts.count else {
          return problem
        }
        let start = lineStarts[problem.location.line - 1]
        let end =
          problem.location.line < lineStarts.count
          ? lineStarts[problem.location.line] : bytes.count
        let line = bytes[start..<end]
        guard let column = column(in: line, element: elementName(of: problem)) else {
          return problem
        }
        var located = problem
        located.location.column = column
        return located
      })
  }

  /// The element a schema problem names, if any.
  private static func elementName(of problem: LoadProblem) -> String? {
    guard case .schema(let error) = problem.reason else { return nil }
    switch error.kind {
    case .unexpectedElement(let name, _), .missingChild(let name, _), .textNotAllowed(let name):
      return name
    case .attributeNotAllowed(let name, _), .missingAttribute(let name, _),
      .invalidValue(let name, _):
      return name
    default: return nil
    }
  }

  /// The 1-based column (in characters) of `<name` on the line, else of its first start tag.
  private static func column(in line: ArraySlice<UInt8>, element: String?) -> Int? {
    func isStartTag(at index: Int) -> Bool {
      guard line[index] == UInt8(ascii: "<"), index + 1 < line.endIndex else { return false }
      return ![UInt8(ascii: "/"), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(line[index + 1])
    }
    func characters(before index: Int) -> Int {
      line[line.startIndex..<index].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
    if let element, !element.isEmpty {
      let needle = Array(("<" + element).utf8)
      if let index = line.indices.first(where: {
        $0 + needle.count <= line.endIndex && line[$0..<$0 + needle.count].elementsEqual(needle)
      }) {
        return characters(before: index) + 1
      }
    }
    return line.indices.first(where: isStartTag).map { characters(before: $0) + 1 }
  }
}
