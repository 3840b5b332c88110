import CLibXML2
import Foundation
import KartleggCore

/// Parses untrusted XML bytes with libxml2 under safe settings: no DTD loading, no entity
/// substitution, no network, no XInclude, no decompression, and any DOCTYPE refused.
enum SafeXMLParser {
  /// libxml2 options: recover nothing, load nothing, keep line numbers past 65,535.
  static let options = Int32(
    XML_PARSE_NONET.rawValue | XML_PARSE_NOXINCNODE.rawValue | XML_PARSE_BIG_LINES.rawValue
      | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)

  /// Parses bytes that passed ``ByteScreen`` into a document.
  ///
  /// - Returns: The document, or the problems that stopped it.
  static func parse(_ bytes: [UInt8], file: String) -> Result<XMLDocument, LoadFailure> {
    installRefusingEntityLoader()
    let screened = ByteScreen.problems(in: bytes, file: file)
    guard screened.isEmpty else { return .failure(LoadFailure(screened)) }
    guard let context = xmlNewParserCtxt() else {
      return .failure(
        LoadFailure([
          LoadProblem(
            .malformed(XMLError(.other, message: "out of memory")), at: .init(file: file, line: 1))
        ]))
    }
    defer { xmlFreeParserCtxt(context) }
    let collector = ProblemCollector(file: file)
    let unmanaged = Unmanaged.passRetained(collector)
    defer { unmanaged.release() }
    context.pointee._private = unmanaged.toOpaque()
    context.pointee.sax.pointee.serror = { userData, error in
      guard let userData, let error else { return }
      let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
      guard let raw = context.pointee._private else { return }
      Unmanaged<ProblemCollector>.fromOpaque(raw).takeUnretainedValue().record(error.pointee)
    }
    context.pointee.sax.pointee.internalSubset = { userData, _, _, _ in
      guard let userData else { return }
      let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
      if let raw = context.pointee._private {
        let collector = Unmanaged<ProblemCollector>.fromOpaque(raw).takeUnretainedValue()
        collector.refuseDoctype(line: Int(xmlSAX2GetLineNumber(userData)))
      }
      xmlStopParser(context)
    }
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
          xmlCtxtReadMemory(context, $0, Int32(buffer.count), file, "UTF-8", options)
        }
      } ?? nil
    }
    if collector.problems.isEmpty, let document {
      return .success(XMLDocument(document))
    }
    if let document { xmlFreeDoc(document) }
    var problems = collector.problems
    if problems.isEmpty {
      problems = [
        LoadProblem(
          .malformed(XMLError(.other, message: "the document could not be read")),
          at: .init(file: file, line: 1))
      ]
    }
    return .failure(LoadFailure(problems))
  }

  /// Makes libxml2 refuse every external resource, whatever option a caller passes.
  private static func installRefusingEntityLoader() {
    xmlSetExternalEntityLoader { _, _, context in
      if let context { xmlStopParser(context) }
      return nil
    }
  }
}

/// Collects libxml2's structured errors for one parse or validation.
final class ProblemCollector {
  let file: String
  private(set) var problems: [LoadProblem] = []
  private var sawDoctype = false
  private let isSchema: Bool

  init(file: String, isSchema: Bool = false) {
    self.file = file
    self.isSchema = isSchema
  }

  func refuseDoctype(line: Int) {
    guard !sawDoctype else { return }
    sawDoctype = true
    problems = [LoadProblem(.doctype, at: DocumentLocation(file: file, line: max(1, line)))]
  }

  func record(_ error: xmlError) {
    guard !sawDoctype, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let message = error.message.map { String(cString: $0) } ?? "unknown error"
    let text = Self.tidy(message)
    let line = max(1, Int(error.line))
    let column = error.int2 > 0 && !isSchema ? Int(error.int2) : nil
    let location = DocumentLocation(file: file, line: line, column: column)
    let found = XMLError.classify(code: Int(error.code), message: text)
    let reason: LoadProblem.Reason = isSchema ? .schema(found) : .malformed(found)
    let problem = LoadProblem(reason, at: location)
    // After the first well-formedness error libxml2 reports what follows from it (an
    // unfinished tag, mismatched end tags further down): like a compiler, show only the cause.
    if !isSchema, !problems.isEmpty { return }
    if !problems.contains(problem), problems.count < 100 { problems.append(problem) }
  }

  /// libxml2's message on one line, without its trailing newline, the schema namespace in
  /// braces, and with control characters from the file made visible.
  private static func tidy(_ message: String) -> String {
    var text = message.trimmingCharacters(in: .whitespacesAndNewlines)
    text = text.replacingOccurrences(of: "{urn:kartlegg:survey:1}", with: "")
    text = text.replacingOccurrences(of: "{urn:oasis:names:tc:xliff:document:2.0}", with: "")
    var visible = ""
    for scalar in text.unicodeScalars {
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
        || LoadProblem.isBidiControl(scalar)
      {
        visible += LoadProblem.codePoint(scalar)
      } else {
        visible.unicodeScalars.append(scalar)
      }
    }
    return visible
  }
}
