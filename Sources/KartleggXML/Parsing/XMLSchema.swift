import CLibXML2
import KartleggCore

/// A compiled XSD, parsed with the same safe settings as the documents it validates.
public final class XMLSchema: @unchecked Sendable {
  // libxml2 documents a compiled schema as safe to share between validation contexts once
  // built; it is never mutated after init.
  private let schema: xmlSchemaPtr
  private let document: XMLDocument

  /// Compiles a schema from the bytes of an XSD file.
  ///
  /// - Parameters:
  ///   - bytes: The XSD file's content.
  ///   - file: The file name for messages.
  /// - Throws: ``LoadFailure`` when the XSD itself is broken.
  public init(bytes: [UInt8], file: String) throws(LoadFailure) {
    let document = try SafeXMLParser.parse(bytes, file: file).get()
    guard let context = xmlSchemaNewDocParserCtxt(document.pointer) else {
      throw LoadFailure([
        LoadProblem(
          .schema(XMLError(.other, message: "the schema could not be read")),
          at: .init(file: file, line: 1))
      ])
    }
    defer { xmlSchemaFreeParserCtxt(context) }
    let collector = ProblemCollector(file: file, isSchema: true)
    let unmanaged = Unmanaged.passRetained(collector)
    defer { unmanaged.release() }
    xmlSchemaSetParserStructuredErrors(
      context, ProblemCollector.structuredHandler, unmanaged.toOpaque())
    guard let schema = xmlSchemaParse(context), collector.problems.isEmpty else {
      throw LoadFailure(
        collector.problems.isEmpty
          ? [
            LoadProblem(
              .schema(XMLError(.other, message: "the schema could not be compiled")),
              at: .init(file: file, line: 1))
          ]
          : collector.problems)
    }
    self.schema = schema
    self.document = document
  }

  deinit {
    xmlSchemaFree(schema)
  }

  /// Validates a document; returns every problem libxml2 reports, with lines.
  func problems(in document: XMLDocument, file: String) -> [LoadProblem] {
    guard let context = xmlSchemaNewValidCtxt(schema) else {
      return [
        LoadProblem(
          .schema(XMLError(.other, message: "the validator could not start")),
          at: .init(file: file, line: 1))
      ]
    }
    defer { xmlSchemaFreeValidCtxt(context) }
    let collector = ProblemCollector(file: file, isSchema: true)
    let unmanaged = Unmanaged.passRetained(collector)
    defer { unmanaged.release() }
    xmlSchemaSetValidStructuredErrors(
      context, ProblemCollector.structuredHandler, unmanaged.toOpaque())
    let status = xmlSchemaValidateDoc(context, document.pointer)
    if status != 0, collector.problems.isEmpty {
      return [
        LoadProblem(
          .schema(XMLError(.other, message: "the document does not match the schema")),
          at: .init(file: file, line: 1))
      ]
    }
    return collector.problems
  }
}

extension ProblemCollector {
  /// A structured-error callback whose user data is an unretained ``ProblemCollector``.
  static let structuredHandler: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    Unmanaged<ProblemCollector>.fromOpaque(userData).takeUnretainedValue().record(error.pointee)
  }
}
