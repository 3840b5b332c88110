import KartleggCore

extension SurveyReader {
  /// The attributes that only fit some question types.
  private static let typedAttributes: [String: Set<String>] = [
    "min": ["number", "date"], "max": ["number", "date"], "integer": ["number"],
    "max-length": ["text"], "max-selections": ["multiple-choice"], "multiple": ["language"],
  ]

  mutating func question(_ element: XMLElement) -> Question {
    let id = QuestionID(element.attribute("id") ?? "")
    let type = element.attribute("type") ?? ""
    let owner = "question '\(id)'"
    for (attribute, types) in Self.typedAttributes.sorted(by: { $0.key < $1.key })
    where element.attribute(attribute) != nil && !types.contains(type) {
      report(.attributeNotApplicable(attribute, kind: type), at: element)
    }
    let optionElements = element.children(named: "option")
    let options = optionElements.map { option($0, question: id) }
    let kind = questionKind(type, element: element, options: options)
    if case .singleChoice = kind, let exclusive = options.first(where: \.isExclusive) {
      report(.exclusiveOnSingleChoice(exclusive.value), at: element)
    }
    switch kind {
    case .singleChoice, .multipleChoice:
      if options.isEmpty { report(.noOptions(id, kind: type), at: element) }
    default:
      if !options.isEmpty { report(.optionsNotAllowed(id, kind: type), at: element) }
    }
    return Question(
      id: id, kind: kind, text: text("text", of: element, owner: owner),
      help: optionalText("help", of: element, owner: owner),
      isRequired: element.attribute("required").map(Self.isTrue) ?? false,
      relevance: condition("relevant", of: element),
      constraints: element.children(named: "constraint").compactMap { constraint in
        guard let test = condition("test", of: constraint) else { return nil }
        return Constraint(
          test: test, message: text("message", of: constraint, owner: owner),
          severity: constraint.attribute("severity").flatMap(Constraint.Severity.init(rawValue:))
            ?? .error)
      },
      location: location(element),
      role: element.attribute("role").flatMap(QuestionRole.init(rawValue:)))
  }

  private mutating func questionKind(_ type: String, element: XMLElement, options: [AnswerOption])
    -> QuestionKind
  {
    switch type {
    case "single-choice": return .singleChoice(options)
    case "multiple-choice":
      return .multipleChoice(
        options, maxSelections: element.attribute("max-selections").flatMap { Int($0) })
    case "number":
      let minimum = number("min", of: element) ?? 0
      let maximum = number("max", of: element) ?? 1_000_000
      if minimum > maximum {
        report(
          .rangeInverted(
            minimum: AnswerCheck.number(minimum), maximum: AnswerCheck.number(maximum)),
          at: element)
      }
      return .number(
        NumberRange(
          minimum: minimum, maximum: maximum,
          isInteger: element.attribute("integer").map(Self.isTrue) ?? false))
    case "text":
      return .text(maxLength: element.attribute("max-length").flatMap { Int($0) } ?? 500)
    case "date":
      let earliest = date("min", of: element)
      let latest = date("max", of: element)
      if let earliest, let latest, earliest > latest {
        report(
          .rangeInverted(minimum: earliest.description, maximum: latest.description), at: element)
      }
      return .date(DateRange(earliest: earliest, latest: latest))
    default:
      return .language(multiple: element.attribute("multiple").map(Self.isTrue) ?? false)
    }
  }

  private mutating func number(_ attribute: String, of element: XMLElement) -> Double? {
    guard let text = element.attribute(attribute) else { return nil }
    guard let value = Double(text) else {
      report(.invalidValue(text, attribute: attribute, expected: "a number"), at: element)
      return nil
    }
    return value
  }

  private mutating func date(_ attribute: String, of element: XMLElement) -> CalendarDate? {
    guard let text = element.attribute(attribute) else { return nil }
    guard let date = CalendarDate(iso: text) else {
      report(.invalidValue(text, attribute: attribute, expected: "a date YYYY-MM-DD"), at: element)
      return nil
    }
    return date
  }

  private mutating func option(_ element: XMLElement, question: QuestionID) -> AnswerOption {
    let value = element.attribute("value") ?? ""
    return AnswerOption(
      value: OptionValue(value),
      label: text("label", of: element, owner: "option '\(value)' of question '\(question)'"),
      points: element.children(named: "points").map { points in
        DimensionPoints(
          dimension: DimensionID(points.attribute("dimension") ?? ""),
          points: points.attribute("value").flatMap { Int($0) } ?? 0, location: location(points))
      },
      isExclusive: element.attribute("exclusive").map(Self.isTrue) ?? false,
      location: location(element))
  }

  static func isTrue(_ text: String) -> Bool { text == "true" || text == "1" }
}
