import CLibXML2
import Foundation
import KartleggCore

/// A parsed document; owns the libxml2 tree and frees it.
final class XMLDocument {
  let pointer: xmlDocPtr

  init(_ pointer: xmlDocPtr) {
    self.pointer = pointer
  }

  deinit {
    xmlFreeDoc(pointer)
  }

  /// The root element, if any.
  var root: XMLElement? {
    xmlDocGetRootElement(pointer).map { XMLElement(node: $0, document: self) }
  }
}

/// A read-only view of one element of an ``XMLDocument``.
///
/// Text is read from text nodes directly, never through `xmlNodeGetContent`, which would
/// expand entities.
struct XMLElement {
  let node: xmlNodePtr
  /// Keeps the tree alive while the view exists.
  let document: XMLDocument

  /// The local name.
  var name: String { String(cString: node.pointee.name) }

  /// The namespace URI, if the element has one.
  var namespace: String? {
    node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
  }

  /// The line the element starts on.
  var line: Int { max(1, Int(xmlGetLineNo(node))) }

  /// The child elements, in order.
  var children: [XMLElement] {
    var result: [XMLElement] = []
    var child = node.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE {
        result.append(XMLElement(node: current, document: document))
      }
      child = current.pointee.next
    }
    return result
  }

  /// The child elements with a given local name.
  func children(named name: String) -> [XMLElement] {
    name.withCString { wanted in
      var result: [XMLElement] = []
      var child = node.pointee.children
      while let current = child {
        if current.pointee.type == XML_ELEMENT_NODE, Self.same(current.pointee.name, wanted) {
          result.append(XMLElement(node: current, document: document))
        }
        child = current.pointee.next
      }
      return result
    }
  }

  /// The first child element with a given local name.
  func child(named name: String) -> XMLElement? {
    name.withCString { wanted in
      var child = node.pointee.children
      while let current = child {
        if current.pointee.type == XML_ELEMENT_NODE, Self.same(current.pointee.name, wanted) {
          return XMLElement(node: current, document: document)
        }
        child = current.pointee.next
      }
      return nil
    }
  }

  /// The value of an attribute without a namespace, read from its text nodes.
  func attribute(_ name: String) -> String? {
    name.withCString { wanted in
      var property = node.pointee.properties
      while let current = property {
        if current.pointee.ns == nil, Self.same(current.pointee.name, wanted) {
          return Self.text(of: current.pointee.children)
        }
        property = current.pointee.next
      }
      return nil
    }
  }

  /// Whether a libxml2 name equals a C string, without making a Swift string of it.
  private static func same(_ name: UnsafePointer<xmlChar>?, _ wanted: UnsafePointer<CChar>)
    -> Bool
  {
    guard let name else { return false }
    return name.withMemoryRebound(to: CChar.self, capacity: 1) { strcmp($0, wanted) == 0 }
  }

  /// The element's own text: its text children joined, without descending.
  var text: String { Self.text(of: node.pointee.children) }

  /// Every node below this element that is neither an element, text, nor a comment: the
  /// processing instructions and anything else a survey has no use for.
  var processingInstructions: [(target: String, line: Int)] {
    var found: [(String, Int)] = []
    func walk(_ first: xmlNodePtr?) {
      var node = first
      while let current = node {
        if current.pointee.type == XML_PI_NODE {
          found.append((String(cString: current.pointee.name), max(1, Int(xmlGetLineNo(current)))))
        }
        if current.pointee.type == XML_ELEMENT_NODE { walk(current.pointee.children) }
        node = current.pointee.next
      }
    }
    walk(document.pointer.pointee.children)
    return found
  }

  /// The lines of the elements at or below this one whose namespace is one of `namespaces`,
  /// in document order. Each namespace declaration is judged once, not each element.
  func lines(ofElementsIn namespaces: Set<String>) -> [Int] {
    var judged: [(namespace: xmlNsPtr, isWanted: Bool)] = []
    func isWanted(_ namespace: xmlNsPtr?) -> Bool {
      guard let namespace else { return false }
      if let known = judged.first(where: { $0.namespace == namespace }) { return known.isWanted }
      let verdict = namespace.pointee.href.map { namespaces.contains(String(cString: $0)) } ?? false
      judged.append((namespace, verdict))
      return verdict
    }
    var lines: [Int] = []
    func walk(_ element: xmlNodePtr) {
      if isWanted(element.pointee.ns) { lines.append(max(1, Int(xmlGetLineNo(element)))) }
      var child = element.pointee.children
      while let current = child {
        if current.pointee.type == XML_ELEMENT_NODE { walk(current) }
        child = current.pointee.next
      }
    }
    walk(node)
    return lines
  }

  private static func text(of first: xmlNodePtr?) -> String {
    var result = ""
    var node = first
    while let current = node {
      if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
        let content = current.pointee.content
      {
        result += String(cString: content)
      }
      node = current.pointee.next
    }
    return result
  }
}
