import KartleggCore
import KartleggXML

extension AppMessage {
  /// A problem in an XML file (survey, schema or translation) in the adviser's words:
  /// libxml2's commonest errors worded by kartlegg, libxml2's own text only for the rest.
  ///
  /// - Parameter problem: The loader's problem.
  /// - Returns: The message.
  public static func load(_ problem: LoadProblem) -> AppMessage {
    switch problem.reason {
    case .tooLarge(let size, let limit): return .key("error.xml.too-large", size, limit)
    case .empty: return .key("error.xml.empty")
    case .compressed(let kind): return .key("error.xml.compressed", kind)
    case .notUTF8Encoding(let kind): return .key("error.xml.encoding", kind)
    case .invalidUTF8: return .key("error.xml.invalid-utf8")
    case .nulByte: return .key("error.xml.nul")
    case .doctype: return .key("error.xml.doctype")
    case .tooManyAttributes(let count, let limit):
      return .key("error.xml.too-many-attributes", count, limit)
    case .malformed(let error): return xml(error, fallback: "error.xml.malformed")
    case .schema(let error): return xml(error, fallback: "error.xml.schema")
    case .wrongRoot(let found, let namespace, let expected, let expectedNamespace):
      return namespace.map {
        .key("error.xml.wrong-root", expected, expectedNamespace, found, $0)
      } ?? .key("error.xml.wrong-root-no-namespace", expected, expectedNamespace, found)
    case .processingInstruction(let target):
      return .key("error.xml.processing-instruction", target)
    case .xinclude: return .key("error.xml.xinclude")
    case .controlCharacter(let scalar):
      let code = LoadProblem.codePoint(scalar)
      return LoadProblem.isBidiControl(scalar)
        ? .key("error.xml.bidi-control", code) : .key("error.xml.control-character", code)
    case .survey(let reason): return survey(reason)
    case .translation(let problem): return translation(problem)
    }
  }

  /// libxml2's error in kartlegg's words.
  static func xml(_ error: XMLError, fallback: String) -> AppMessage {
    switch error.kind {
    case .lessThanInAttribute: return .key("error.xml.lt-in-attribute")
    case .tagMismatch(let open, let close): return .key("error.xml.tag-mismatch", open, close)
    case .unclosedElement(let name): return .key("error.xml.unclosed-element", name)
    case .unfinishedStartTag(let name): return .key("error.xml.unfinished-start-tag", name)
    case .extraContent: return .key("error.xml.extra-content")
    case .empty: return .key("error.xml.no-root")
    case .bareAmpersand: return .key("error.xml.bare-ampersand")
    case .undeclaredEntity(let name): return .key("error.xml.undeclared-entity", name)
    case .unquotedAttribute: return .key("error.xml.unquoted-attribute")
    case .attributeWithoutValue(let name): return .key("error.xml.attribute-without-value", name)
    case .repeatedAttribute(let name): return .key("error.xml.repeated-attribute", name)
    case .undeclaredPrefix(let prefix): return .key("error.xml.undeclared-prefix", prefix)
    case .invalidCharacter: return .key("error.xml.invalid-character")
    case .unexpectedElement(let name, let expected?):
      return .key("error.schema.unexpected-element-expected", name, expected)
    case .unexpectedElement(let name, nil): return .key("error.schema.unexpected-element", name)
    case .missingChild(let name, let expected?):
      return .key("error.schema.missing-child-expected", name, expected)
    case .missingChild(let name, nil): return .key("error.schema.missing-child", name)
    case .attributeNotAllowed(let element, let attribute):
      return .key("error.schema.attribute-not-allowed", attribute, element)
    case .missingAttribute(let element, let attribute):
      return .key("error.schema.missing-attribute", element, attribute)
    case .invalidValue(let element, let attribute?):
      return .key("error.schema.invalid-attribute-value", attribute, element)
    case .invalidValue(let element, nil): return .key("error.schema.invalid-value", element)
    case .textNotAllowed(let element): return .key("error.schema.text-not-allowed", element)
    case .other: return .key(fallback, error.message)
    }
  }

  /// A translation file's problem in the adviser's words.
  static func translation(_ problem: TranslationFileProblem) -> AppMessage {
    switch problem {
    case .version(let found): return .key("error.xliff.version", found)
    case .languages: return .key("error.xliff.languages")
    case .fileCount(let count): return .key("error.xliff.file-count", count)
    case .unitWithoutID: return .key("error.xliff.unit-without-id")
    case .duplicateUnit(let key, let line): return .key("error.xliff.duplicate-unit", key, line)
    case .segmentCount(let key, let found): return .key("error.xliff.segment-count", key, found)
    case .unknownState(let state, let key): return .key("error.xliff.unknown-state", state, key)
    case .noSource(let key): return .key("error.xliff.no-source", key)
    case .inlineMarkup(let key): return .key("error.xliff.inline-markup", key)
    }
  }
}
