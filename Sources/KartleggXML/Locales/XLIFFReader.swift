import KartleggCore

/// Reads XLIFF 2.0 translation files (the format Weblate, Crowdin and Xcode exchange).
///
/// kartlegg uses a strict subset: one `<file>`, units with one `<segment>` each holding a
/// `<source>` and an optional `<target>` of plain text, and the segment's `state`
/// (`initial`, `translated`, `reviewed`, `final`). Parsing is as safe as for surveys.
public struct XLIFFReader: Sendable {
  /// The XLIFF 2.0 namespace.
  public static let namespace = "urn:oasis:names:tc:xliff:document:2.0"

  /// Creates a reader.
  public init() {}

  /// Reads one translation file.
  ///
  /// - Parameters:
  ///   - bytes: The file's content.
  ///   - file: The file name for messages.
  /// - Returns: The catalogue.
  /// - Throws: ``LoadFailure`` with every problem found.
  public func read(_ bytes: [UInt8], file: String) throws(LoadFailure) -> TranslationCatalog {
    do {
      return try catalog(from: bytes, file: file)
    } catch {
      throw LineColumns.filled(error, in: bytes)
    }
  }

  private func catalog(from bytes: [UInt8], file: String) throws(LoadFailure)
    -> TranslationCatalog
  {
    let document = try SafeXMLParser.parse(bytes, file: file).get()
    func at(_ element: XMLElement) -> DocumentLocation {
      DocumentLocation(file: file, line: element.line)
    }
    guard let root = document.root, root.name == "xliff", root.namespace == Self.namespace else {
      let root = document.root
      throw LoadFailure([
        LoadProblem(
          .wrongRoot(
            found: root?.name ?? "", namespace: root?.namespace, expected: "xliff",
            expectedNamespace: Self.namespace),
          at: DocumentLocation(file: file, line: root?.line ?? 1))
      ])
    }
    var problems: [LoadProblem] = []
    func problem(_ reason: TranslationFileProblem, _ element: XMLElement) {
      problems.append(LoadProblem(.translation(reason), at: at(element)))
    }
    if root.attribute("version") != "2.0" {
      problem(.version(found: root.attribute("version") ?? ""), root)
    }
    let source = root.attribute("srcLang") ?? ""
    let target = root.attribute("trgLang") ?? ""
    if source.isEmpty || target.isEmpty {
      problem(.languages, root)
    }
    let files = root.children(named: "file")
    guard files.count == 1, let fileElement = files.first else {
      problem(.fileCount(files.count), root)
      throw LoadFailure(problems)
    }
    var units: [TranslationUnit] = []
    var seen: [String: Int] = [:]
    for unit in fileElement.children(named: "unit") {
      let key = unit.attribute("id") ?? ""
      if key.isEmpty { problem(.unitWithoutID, unit) }
      if let line = seen[key] {
        problem(.duplicateUnit(key, firstLine: line), unit)
      }
      seen[key] = unit.line
      let segments = unit.children(named: "segment")
      guard segments.count == 1, let segment = segments.first else {
        problem(.segmentCount(unit: key, found: segments.count), unit)
        continue
      }
      let stateText = segment.attribute("state") ?? "initial"
      guard let state = ReviewState(rawValue: stateText) else {
        problem(.unknownState(stateText, unit: key), segment)
        continue
      }
      guard let sourceElement = segment.child(named: "source") else {
        problem(.noSource(unit: key), segment)
        continue
      }
      let targetElement = segment.child(named: "target")
      for element in [sourceElement] + (targetElement.map { [$0] } ?? []) {
        if !element.children.isEmpty {
          problem(.inlineMarkup(unit: key), element)
        }
        if let scalar = TextCleaning.forbiddenScalar(in: element.text) {
          problems.append(LoadProblem(.controlCharacter(scalar), at: at(element)))
        }
      }
      units.append(
        TranslationUnit(
          key: key, source: TextCleaning.normalized(sourceElement.text),
          target: targetElement.map { TextCleaning.normalized($0.text) }, state: state,
          location: at(unit)))
    }
    guard problems.isEmpty else { throw LoadFailure(problems) }
    return TranslationCatalog(
      catalogue: fileElement.attribute("id") ?? "", sourceLanguage: LanguageCode(source),
      targetLanguage: LanguageCode(target), units: units)
  }
}
