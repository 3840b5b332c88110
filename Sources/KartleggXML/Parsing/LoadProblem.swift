import KartleggCore

/// A problem found while loading an XML file: its bytes, its well-formedness, its schema, or
/// (for surveys) its meaning.
public struct LoadProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public enum Reason: Hashable, Sendable {
    /// The file is larger than the cap.
    case tooLarge(size: Int, limit: Int)
    /// The file has no content.
    case empty
    /// The file is gzip or xz compressed.
    case compressed(String)
    /// The file is UTF-16 or UTF-32.
    case notUTF8Encoding(String)
    /// A byte sequence that is not valid UTF-8.
    case invalidUTF8
    /// A NUL byte.
    case nulByte
    /// A DOCTYPE declaration (and with it any entity).
    case doctype
    /// An element with more attributes than allowed.
    case tooManyAttributes(count: Int, limit: Int)
    /// Not well-formed XML, as libxml2 found it.
    case malformed(XMLError)
    /// The document breaks the schema, as libxml2 found it.
    case schema(XMLError)
    /// The root element is not the expected one.
    case wrongRoot(found: String, namespace: String?, expected: String, expectedNamespace: String)
    /// A processing instruction other than the XML declaration.
    case processingInstruction(String)
    /// An XInclude element.
    case xinclude
    /// A control or bidi-override character in text or an attribute.
    case controlCharacter(Unicode.Scalar)
    /// A problem with the survey's meaning.
    case survey(SurveyProblem.Reason)
    /// A problem with a translation file's meaning.
    case translation(TranslationFileProblem)
  }

  /// What is wrong.
  public var reason: Reason
  /// Where.
  public var location: DocumentLocation

  /// Creates a problem.
  ///
  /// - Parameters:
  ///   - reason: What is wrong.
  ///   - location: Where.
  public init(_ reason: Reason, at location: DocumentLocation) {
    self.reason = reason
    self.location = location
  }

  /// `FILE:LINE:COL: error: message`, the way a compiler prints it.
  public var diagnostic: String { "\(location): error: \(description)" }

  /// The message: a lower-case fragment naming the offending value in quotes.
  public var description: String {
    switch reason {
    case .tooLarge(let size, let limit):
      return "file is \(size) bytes, larger than the \(limit)-byte limit"
    case .empty: return "file is empty; expected an XML document"
    case .compressed(let kind):
      return "file is \(kind)-compressed; expected a plain UTF-8 XML file"
    case .notUTF8Encoding(let kind): return "file is \(kind); it must be UTF-8"
    case .invalidUTF8: return "text is not valid UTF-8"
    case .nulByte: return "NUL byte in the file; expected text"
    case .doctype:
      return "DOCTYPE declarations are not allowed (no DTDs or entities in kartlegg files)"
    case .tooManyAttributes(let count, let limit):
      return "too many attributes on one element (\(count), at most \(limit))"
    case .malformed(let error): return "malformed XML: \(error.message)"
    case .schema(let error): return error.message
    case .wrongRoot(let found, let namespace, let expected, let expectedNamespace):
      return
        "expected root element '\(expected)' in namespace '\(expectedNamespace)', found '\(found)'"
        + (namespace.map { " in namespace '\($0)'" } ?? " without a namespace")
    case .processingInstruction(let target):
      return "processing instruction '\(target)' is not allowed"
    case .xinclude: return "XInclude is not allowed; a survey is one self-contained file"
    case .controlCharacter(let scalar):
      let kind = Self.isBidiControl(scalar) ? "bidi control" : "control character"
      return "\(kind) \(Self.codePoint(scalar)) in text; remove it"
    case .survey(let reason): return SurveyProblem(reason, at: location).description
    case .translation(let problem): return problem.description
    }
  }

  /// `U+XXXX` for a scalar.
  public static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// Whether a scalar is a bidi embedding, override or isolate control.
  public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
  }
}

/// The reason loading failed: every problem found, in file order.
public struct LoadFailure: Error, Sendable {
  /// Every problem found, sorted by location.
  public var problems: [LoadProblem]

  /// Creates a failure from its problems.
  ///
  /// - Parameter problems: The problems found.
  public init(_ problems: [LoadProblem]) {
    self.problems = problems.sorted { $0.location < $1.location }
  }
}
