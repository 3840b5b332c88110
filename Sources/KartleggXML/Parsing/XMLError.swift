import Foundation

/// One of libxml2's errors, sorted into the cases kartlegg words in its own language, with
/// libxml2's text kept as the fallback for the rest.
public struct XMLError: Hashable, Sendable {
  /// What libxml2 found, as far as kartlegg words it itself.
  public enum Kind: Hashable, Sendable {
    /// A `<` inside an attribute value.
    case lessThanInAttribute
    /// An end tag that does not close the element open at that point.
    case tagMismatch(open: String, close: String)
    /// The file ends inside an element.
    case unclosedElement(String)
    /// A start tag that never ends with `>`.
    case unfinishedStartTag(String)
    /// Content after the root element.
    case extraContent
    /// No root element.
    case empty
    /// An `&` that does not start an entity such as `&amp;`.
    case bareAmpersand
    /// An entity other than XML's five, such as `&nbsp;`.
    case undeclaredEntity(String)
    /// An attribute value without quotes.
    case unquotedAttribute
    /// An attribute without a value.
    case attributeWithoutValue(String)
    /// The same attribute twice on one element.
    case repeatedAttribute(String)
    /// A namespace prefix that is not declared.
    case undeclaredPrefix(String)
    /// A character XML does not allow.
    case invalidCharacter
    /// An element the schema does not allow here; `expected` lists what it allows.
    case unexpectedElement(String, expected: String?)
    /// An element that lacks a child the schema requires.
    case missingChild(String, expected: String?)
    /// An attribute the schema does not allow on an element.
    case attributeNotAllowed(element: String, attribute: String)
    /// An attribute the schema requires.
    case missingAttribute(element: String, attribute: String)
    /// A value of the wrong form for the schema.
    case invalidValue(element: String, attribute: String?)
    /// Text where the schema allows only elements.
    case textNotAllowed(String)
    /// Anything else: only libxml2's text.
    case other
  }

  /// What libxml2 found.
  public var kind: Kind
  /// libxml2's own text, tidied to one line.
  public var message: String

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - kind: What libxml2 found.
  ///   - message: libxml2's text.
  public init(_ kind: Kind, message: String) {
    self.kind = kind
    self.message = message
  }

  /// Sorts one of libxml2's errors by its code, taking names from its text.
  ///
  /// - Parameters:
  ///   - code: libxml2's `xmlParserErrors` code.
  ///   - message: Its tidied text.
  /// - Returns: The error.
  static func classify(code: Int, message: String) -> XMLError {
    XMLError(kind(code: code, message: message), message: message)
  }

  private static func kind(code: Int, message: String) -> Kind {
    let element = first(#"Element '([^']+)'"#, in: message) ?? ""
    let attribute = first(#"attribute '([^']+)'"#, in: message)
    switch code {
    case 38: return .lessThanInAttribute
    case 76:
      return .tagMismatch(
        open: first(#"mismatch: (\S+)"#, in: message) ?? "",
        close: first(#" and (\S+)$"#, in: message) ?? "")
    case 77: return .unclosedElement(first(#"in tag (\S+)"#, in: message) ?? "")
    case 73: return .unfinishedStartTag(first(#"Start Tag (\S+)"#, in: message) ?? "")
    case 5: return .extraContent
    case 4: return .empty
    case 23, 68: return .bareAmpersand
    case 26, 27: return .undeclaredEntity(first(#"Entity '([^']+)'"#, in: message) ?? "")
    case 39: return .unquotedAttribute
    case 41: return .attributeWithoutValue(first(#"attribute (\S+)$"#, in: message) ?? "")
    case 42: return .repeatedAttribute(first(#"Attribute (\S+) redefined"#, in: message) ?? "")
    case 201: return .undeclaredPrefix(first(#"prefix (\S+) on"#, in: message) ?? "")
    case 9: return .invalidCharacter
    case 1871, 1844:
      let expected = first(#"Expected is (?:one of )?\( ?([^)]*?) ?\)"#, in: message)
      return message.contains("Missing child")
        ? .missingChild(element, expected: expected)
        : .unexpectedElement(element, expected: expected)
    case 1866: return .attributeNotAllowed(element: element, attribute: attribute ?? "")
    case 1868:
      let missing = first(#"attribute '([^']+)' is required"#, in: message) ?? ""
      return .missingAttribute(element: element, attribute: missing)
    case 1824, 1831, 1839, 1840, 1877, 1863:
      return .invalidValue(element: element, attribute: attribute)
    case 1843: return .textNotAllowed(element)
    default: return .other
    }
  }

  private static func first(_ pattern: String, in text: String) -> String? {
    guard let expression = try? NSRegularExpression(pattern: pattern),
      let match = expression.firstMatch(
        in: text, range: NSRange(text.startIndex..., in: text)),
      match.numberOfRanges > 1, let range = Range(match.range(at: 1), in: text)
    else { return nil }
    return String(text[range])
  }
}
