import KartleggCore

/// Loads survey definitions from bytes: safe parsing, schema validation, then the semantic
/// checks of `SurveyValidator`.
///
/// Every problem is collected, not only the first. Loading never reads another file, never
/// touches the network and never expands an entity.
public struct SurveyLoader: Sendable {
  /// The namespace of survey files, version 1.
  public static let namespace = "urn:kartlegg:survey:1"
  private static let xincludeNamespaces: Set<String> = [
    "http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude",
  ]

  private let schema: XMLSchema

  /// Creates a loader that validates against a compiled survey schema.
  ///
  /// - Parameter schema: The compiled `survey-1.xsd`.
  public init(schema: XMLSchema) {
    self.schema = schema
  }

  /// Loads and checks one survey file.
  ///
  /// - Parameters:
  ///   - bytes: The file's content.
  ///   - file: The file name for messages.
  /// - Returns: The survey.
  /// - Throws: ``LoadFailure`` with every problem found, each with its line.
  public func load(_ bytes: [UInt8], file: String) throws(LoadFailure) -> Survey {
    do {
      return try survey(from: bytes, file: file)
    } catch {
      throw LineColumns.filled(error, in: bytes)
    }
  }

  private func survey(from bytes: [UInt8], file: String) throws(LoadFailure) -> Survey {
    let document = try SafeXMLParser.parse(bytes, file: file).get()
    guard let root = document.root else {
      throw LoadFailure([LoadProblem(.empty, at: DocumentLocation(file: file, line: 1))])
    }
    try checkShape(root, file: file)
    let schemaProblems = schema.problems(in: document, file: file)
    guard schemaProblems.isEmpty else { throw LoadFailure(schemaProblems) }
    var reader = SurveyReader(file: file)
    let survey = reader.survey(from: root)
    let problems =
      reader.problems
      + SurveyValidator().problems(in: survey).map {
        LoadProblem(.survey($0.reason), at: $0.location)
      }
    guard problems.isEmpty else { throw LoadFailure(problems) }
    return survey
  }

  /// Every problem in one survey file; empty when it loads.
  ///
  /// - Parameters:
  ///   - bytes: The file's content.
  ///   - file: The file name for messages.
  /// - Returns: The problems, in file order.
  public func problems(in bytes: [UInt8], file: String) -> [LoadProblem] {
    do {
      _ = try load(bytes, file: file)
      return []
    } catch {
      return error.problems
    }
  }

  private func checkShape(_ root: XMLElement, file: String) throws(LoadFailure) {
    guard root.name == "survey", root.namespace == Self.namespace else {
      throw LoadFailure([
        LoadProblem(
          .wrongRoot(
            found: root.name, namespace: root.namespace, expected: "survey",
            expectedNamespace: Self.namespace),
          at: DocumentLocation(file: file, line: root.line))
      ])
    }
    var problems = root.processingInstructions.map { instruction in
      LoadProblem(
        .processingInstruction(instruction.target),
        at: DocumentLocation(file: file, line: instruction.line))
    }
    for line in root.lines(ofElementsIn: Self.xincludeNamespaces) {
      problems.append(LoadProblem(.xinclude, at: DocumentLocation(file: file, line: line)))
    }
    guard problems.isEmpty else { throw LoadFailure(problems) }
  }
}
