import KartleggCore

/// Builds a ``Survey`` from a schema-valid document, collecting problems the schema cannot see
/// (text, attribute fit, condition syntax). Meaning is checked afterwards by `SurveyValidator`.
struct SurveyReader {
  let file: String
  private(set) var problems: [LoadProblem] = []
  private let parser = ExpressionParser()

  init(file: String) {
    self.file = file
  }

  func location(_ element: XMLElement) -> DocumentLocation {
    DocumentLocation(file: file, line: element.line)
  }

  mutating func report(_ reason: SurveyProblem.Reason, at element: XMLElement) {
    problems.append(LoadProblem(.survey(reason), at: location(element)))
  }

  /// The cleaned text of a child element; reports missing text and control characters. The
  /// owner's description is made only for a problem.
  mutating func text(_ name: String, of element: XMLElement, owner: @autoclosure () -> String)
    -> String
  {
    guard let child = element.child(named: name) else { return "" }
    return cleaned(child.text, at: child, element: name, owner: owner())
  }

  /// The cleaned text of an optional child element, or `nil` when absent.
  mutating func optionalText(
    _ name: String, of element: XMLElement, owner: @autoclosure () -> String
  ) -> String? {
    guard element.child(named: name) != nil else { return nil }
    return text(name, of: element, owner: owner())
  }

  mutating func cleaned(
    _ raw: String, at element: XMLElement, element name: String,
    owner: @autoclosure () -> String
  ) -> String {
    if let scalar = TextCleaning.forbiddenScalar(in: raw) {
      problems.append(LoadProblem(.controlCharacter(scalar), at: location(element)))
    }
    let text = TextCleaning.normalized(raw)
    if text.isEmpty { report(.missingText(element: name, owner: owner()), at: element) }
    return text
  }

  /// Parses a condition attribute; reports a syntax error and returns `nil` when it does not parse.
  mutating func condition(_ attribute: String, of element: XMLElement) -> Condition? {
    guard let source = element.attribute(attribute) else { return nil }
    do {
      let expression = try parser.parse(source)
      return Condition(source: source, expression: expression, location: location(element))
    } catch {
      report(.condition(error, attribute: attribute), at: element)
      return nil
    }
  }

  /// The survey, when the document's parts could all be read.
  mutating func survey(from root: XMLElement) -> Survey {
    let sourceLanguage = LanguageCode(root.attribute("language") ?? "")
    return Survey(
      id: SurveyID(root.attribute("id") ?? ""),
      version: root.attribute("version") ?? "",
      sourceLanguage: sourceLanguage,
      title: text("title", of: root, owner: "the survey"),
      languages: languages(root.child(named: "languages")),
      levels: levels(root.child(named: "levels")),
      dimensions: dimensions(root.child(named: "dimensions")),
      overall: overall(root.child(named: "overall"), fallback: root),
      sections: root.children(named: "section").map { section($0) },
      flags: flags(root.child(named: "flags")),
      channels: channels(root.child(named: "channels")),
      interpreter: interpreter(root.child(named: "interpreter"), fallback: root),
      groupingPolicies: groupingPolicies(root.child(named: "grouping")),
      tabulations: tabulations(root.child(named: "summary")),
      groupingEligibility: groupingEligibility(root.child(named: "grouping")),
      location: location(root))
  }

  private mutating func languages(_ element: XMLElement?) -> [Language] {
    (element?.children(named: "language") ?? []).map { entry in
      let code = entry.attribute("code") ?? ""
      let owner = "language '\(code)'"
      let native = cleaned(
        entry.attribute("native") ?? "", at: entry, element: "native", owner: owner)
      return Language(
        code: LanguageCode(code), nativeName: native,
        name: cleaned(entry.text, at: entry, element: "language", owner: owner),
        script: entry.attribute("script") ?? "",
        direction: TextDirection(rawValue: entry.attribute("direction") ?? "") ?? .leftToRight,
        location: location(entry),
        isInterpreterLanguage: entry.attribute("interpreter").map(Self.isTrue) ?? true)
    }
  }

  private mutating func section(_ element: XMLElement) -> Section {
    let id = element.attribute("id") ?? ""
    return Section(
      id: SectionID(id), title: text("title", of: element, owner: "section '\(id)'"),
      relevance: condition("relevant", of: element),
      questions: element.children(named: "question").map { question($0) },
      stops: element.children(named: "stop").compactMap { stop($0) },
      location: location(element))
  }

  private mutating func stop(_ element: XMLElement) -> IntakeStop? {
    // The schema allows only the statuses a stop can have.
    guard let condition = condition("when", of: element),
      let status = IntakeStatus(rawValue: element.attribute("status") ?? "")
    else { return nil }
    return IntakeStop(condition: condition, status: status, location: location(element))
  }
}
