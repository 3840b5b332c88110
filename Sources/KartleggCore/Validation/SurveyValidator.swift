/// Checks a survey's meaning: everything the schema cannot express.
///
/// Reports every problem, each with the location of the element it concerns: duplicate ids,
/// references to things that do not exist, conditions that do not parse, type-check or read
/// later questions, dependency cycles, unreachable questions, and gapped or overlapping bands.
public struct SurveyValidator: Sendable {
  /// Creates a validator.
  public init() {}

  /// Every problem in a survey, in file order.
  ///
  /// - Parameter survey: A survey built from a schema-valid file.
  /// - Returns: The problems; empty when the survey is sound.
  /// - Complexity: Roughly linear in the survey's size; the reachability check enumerates at
  ///   most a fixed number of answer combinations per condition.
  public func problems(in survey: Survey) -> [SurveyProblem] {
    var problems: [SurveyProblem] = []
    problems += duplicateIDs(in: survey)
    problems += references(in: survey)
    problems += BandCheck.problems(in: survey)
    problems += ConditionCheck(survey: survey).problems()
    if problems.isEmpty {
      problems += Reachability(survey: survey).problems()
    }
    return problems.sorted { $0.location < $1.location }
  }

  private func duplicateIDs(in survey: Survey) -> [SurveyProblem] {
    var problems: [SurveyProblem] = []
    func check(_ kind: String, _ entries: [(String, DocumentLocation)]) {
      var first: [String: Int] = Dictionary(minimumCapacity: entries.count)
      for (id, location) in entries {
        if let line = first[id] {
          problems.append(
            SurveyProblem(.duplicateID(kind: kind, id: id, firstLine: line), at: location))
        } else {
          first[id] = location.line
        }
      }
    }
    check("language code", survey.languages.map { ($0.code.rawValue, $0.location) })
    check("level id", survey.levels.map { ($0.id.rawValue, $0.location) })
    check("dimension id", survey.dimensions.map { ($0.id.rawValue, $0.location) })
    check("section id", survey.sections.map { ($0.id.rawValue, $0.location) })
    check("question id", survey.questions.map { ($0.id.rawValue, $0.location) })
    for question in survey.questions {
      check("option value", question.options.map { ($0.value.rawValue, $0.location) })
    }
    check("flag id", survey.flags.map { ($0.id.rawValue, $0.location) })
    check("channel id", survey.channels.channels.map { ($0.id.rawValue, $0.location) })
    check("rule id", RuleCatalogue(survey).rules.map { ($0.id.rawValue, $0.condition.location) })
    check("policy id", survey.groupingPolicies.map { ($0.id.rawValue, $0.location) })
    check("tabulated question", survey.tabulations.map { ($0.question.rawValue, $0.location) })
    return problems
  }

  private func references(in survey: Survey) -> [SurveyProblem] {
    var problems: [SurveyProblem] = []
    func unknown(_ kind: String, _ id: String, among known: [String], at location: DocumentLocation)
    {
      guard !known.contains(id) else { return }
      let suggestion = Suggestion.closest(to: id, among: known)
      problems.append(
        SurveyProblem(.unknownReference(kind: kind, id: id, suggestion: suggestion), at: location))
    }
    let levels = survey.levels.map(\.id.rawValue)
    let dimensions = survey.dimensions.map(\.id.rawValue)
    let channels = survey.channels.channels.map(\.id.rawValue)
    let questions = survey.questions.map(\.id.rawValue)
    if survey.language(survey.sourceLanguage) == nil {
      problems.append(
        SurveyProblem(.sourceLanguageNotInRegistry(survey.sourceLanguage), at: survey.location))
    }
    for band in survey.dimensions.flatMap(\.bands) + survey.overall.bands {
      unknown("level", band.level.rawValue, among: levels, at: band.location)
    }
    for gate in survey.dimensions.flatMap(\.gates) + survey.overall.gates {
      unknown("level", gate.cap.rawValue, among: levels, at: gate.condition.location)
    }
    for weight in survey.overall.weights {
      unknown("dimension", weight.dimension.rawValue, among: dimensions, at: weight.location)
    }
    for points in survey.questions.flatMap(\.options).flatMap(\.points) {
      unknown("dimension", points.dimension.rawValue, among: dimensions, at: points.location)
    }
    for rule in survey.channels.rules {
      unknown("channel", rule.channel.rawValue, among: channels, at: rule.condition.location)
    }
    let interpreter = survey.interpreter
    for id in [interpreter.languageQuestion] + (interpreter.dialectQuestion.map { [$0] } ?? []) {
      unknown("question", id.rawValue, among: questions, at: interpreter.location)
    }
    if let question = survey.question(interpreter.languageQuestion),
      question.kind != .language(multiple: false)
    {
      problems.append(
        SurveyProblem(
          .notALanguageQuestion(question.id, kind: question.kind.name), at: interpreter.location))
    }
    if let id = interpreter.dialectQuestion, let question = survey.question(id),
      question.kind.name != "text"
    {
      problems.append(
        SurveyProblem(.dialectNotText(id, kind: question.kind.name), at: interpreter.location))
    }
    for policy in survey.groupingPolicies {
      if policy.minimumSize > policy.maximumSize {
        problems.append(
          SurveyProblem(
            .groupSizesInverted(minimum: policy.minimumSize, maximum: policy.maximumSize),
            at: policy.location))
      }
      for key in policy.keys {
        switch key.attribute {
        case .answer(let id):
          unknown("question", id.rawValue, among: questions, at: key.location)
          if let question = survey.question(id) {
            switch question.kind {
            case .singleChoice, .language(multiple: false): break
            default:
              problems.append(
                SurveyProblem(.groupingKeyQuestion(id, kind: question.kind.name), at: key.location))
            }
          }
        case .dimensionLevel(let id):
          unknown("dimension", id.rawValue, among: dimensions, at: key.location)
        case .overallLevel: break
        }
      }
    }
    for tabulation in survey.tabulations {
      unknown("question", tabulation.question.rawValue, among: questions, at: tabulation.location)
      guard let question = survey.question(tabulation.question) else { continue }
      switch question.kind {
      case .singleChoice, .multipleChoice, .language: break
      default:
        problems.append(
          SurveyProblem(
            .tabulationQuestion(question.id, kind: question.kind.name), at: tabulation.location))
      }
    }
    return problems
  }
}

/// Every rule of a survey that carries an id and a condition, in file order.
struct RuleCatalogue {
  struct Entry {
    var id: RuleID
    var condition: Condition
  }

  let rules: [Entry]

  init(_ survey: Survey) {
    var rules: [Entry] = []
    for dimension in survey.dimensions {
      rules += dimension.gates.map { Entry(id: $0.id, condition: $0.condition) }
    }
    rules += survey.overall.gates.map { Entry(id: $0.id, condition: $0.condition) }
    rules += survey.channels.rules.map { Entry(id: $0.id, condition: $0.condition) }
    rules += survey.interpreter.needRules.map { Entry(id: $0.id, condition: $0.condition) }
    rules += survey.interpreter.modeRules.map { Entry(id: $0.id, condition: $0.condition) }
    self.rules = rules.sorted { $0.condition.location < $1.condition.location }
  }
}
