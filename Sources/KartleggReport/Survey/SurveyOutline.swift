import KartleggCore
import KartleggTerminal

/// The text `kartlegg survey show` prints.
public struct SurveyOutline {
  let survey: Survey
  let texts: SurveyTexts
  let ui: InterfaceText

  /// Creates the outline.
  ///
  /// - Parameters:
  ///   - texts: The survey's text in the language shown (it holds the survey).
  ///   - ui: The adviser's interface.
  public init(texts: SurveyTexts, ui: InterfaceText) {
    self.survey = texts.survey
    self.texts = texts
    self.ui = ui
  }

  /// The outline as text.
  ///
  /// - Returns: The lines joined with newlines.
  public func rendered() -> String {
    var lines: [String] = []
    lines.append("\(texts("survey.title"))  (\(survey.id) \(survey.version), \(texts.language))")
    lines.append("")
    lines += levelLines()
    for (number, section) in survey.sections.enumerated() {
      lines.append("")
      var heading = "§\(number + 1) \(section.id) — \(texts("section.\(section.id).title"))"
      if let relevance = section.relevance {
        heading += "  [\(ui("show.relevant-when")) \(relevance)]"
      }
      lines.append(heading)
      for question in section.questions { lines += questionLines(question) }
    }
    lines.append("")
    lines += ruleLines()
    if texts.language != survey.sourceLanguage {
      lines.append("")
      lines.append(ui("show.legend", survey.sourceLanguage))
    }
    return lines.map(TerminalText.safe).joined(separator: "\n")
  }

  private func levelLines() -> [String] {
    var lines = [ui("show.levels")]
    for level in survey.levels {
      lines.append("  \(level.id): \(texts("level.\(level.id).label"))")
    }
    lines.append(ui("show.dimensions"))
    for dimension in survey.dimensions {
      lines.append(
        "  \(dimension.id): \(texts("dimension.\(dimension.id).label"))  \(bandText(dimension.bands))"
      )
      for gate in dimension.gates { lines.append("    " + gateText(gate)) }
    }
    let weights = survey.overall.weights.map { "\($0.dimension)×\($0.weight)" }
    lines.append(
      ui("show.overall") + "  " + bandText(survey.overall.bands)
        + (weights.isEmpty ? "" : "  " + ui("show.weights") + " " + weights.joined(separator: " ")))
    for gate in survey.overall.gates { lines.append("    " + gateText(gate)) }
    return lines
  }

  private func bandText(_ bands: [LevelBand]) -> String {
    bands.map { "\($0.level) \($0.minimum)–\($0.maximum)" }.joined(separator: ", ")
  }

  private func gateText(_ gate: Gate) -> String {
    ui("show.gate", gate.id, gate.cap, gate.condition.description) + " — "
      + texts("rule.\(gate.id).reason")
  }

  private func questionLines(_ question: Question) -> [String] {
    var attributes = [question.kind.name]
    if question.isRequired { attributes.append(ui("show.required")) }
    switch question.kind {
    case .number(let range):
      attributes.append(
        "\(Self.number(range.minimum))–\(Self.number(range.maximum))"
          + (range.isInteger ? " " + ui("show.whole-numbers") : ""))
    case .text(let maxLength): attributes.append(ui("show.max-length", maxLength))
    case .multipleChoice(_, let maxSelections?):
      attributes.append(ui("show.max-selections", maxSelections))
    default: break
    }
    let prefix = "question.\(question.id)"
    var lines = ["  \(question.id)  [\(attributes.joined(separator: ", "))]"]
    if let relevance = question.relevance {
      lines.append("    \(ui("show.relevant-when")) \(relevance)")
    }
    lines.append("    " + texts("\(prefix).text"))
    if question.help != nil { lines.append("    (" + texts("\(prefix).help") + ")") }
    for (index, option) in question.options.enumerated() {
      var line = "    \(index + 1). \(option.value): \(texts("\(prefix).option.\(option.value)"))"
      let points = option.points.map { "\($0.dimension) \($0.points >= 0 ? "+" : "")\($0.points)" }
      if !points.isEmpty { line += "  (" + points.joined(separator: ", ") + ")" }
      if option.isExclusive { line += "  [\(ui("show.exclusive"))]" }
      lines.append(line)
    }
    for (index, constraint) in question.constraints.enumerated() {
      lines.append(
        "    \(ui("show.constraint")) \(constraint.test): \(texts("\(prefix).constraint.\(index + 1)"))"
      )
    }
    return lines
  }

  private func ruleLines() -> [String] {
    var lines = [ui("show.flags")]
    for flag in survey.flags {
      lines.append(
        "  \(flag.id): \(texts("flag.\(flag.id).label"))  [\(ui("show.when")) \(flag.condition)]")
    }
    lines.append(ui("show.channels"))
    for channel in survey.channels.channels {
      lines.append(
        "  \(channel.id): \(texts("channel.\(channel.id).label"))"
          + (channel.servesGroups ? "  [\(ui("show.groups"))]" : ""))
    }
    lines.append(ui("show.channel-rules"))
    for (index, rule) in survey.channels.rules.enumerated() {
      lines.append(
        "  \(index + 1). \(rule.id) → \(rule.channel)  [\(ui("show.when")) \(rule.condition)] — \(texts("rule.\(rule.id).reason"))"
      )
    }
    let interpreter = survey.interpreter
    lines.append(
      ui(
        "show.interpreter", interpreter.languageQuestion,
        interpreter.dialectQuestion?.rawValue ?? "–"))
    for rule in interpreter.needRules {
      lines.append(
        "  \(ui("show.need")) \(rule.need.rawValue): \(rule.id)  [\(ui("show.when")) \(rule.condition)] — \(texts("rule.\(rule.id).reason"))"
      )
    }
    for rule in interpreter.modeRules {
      lines.append(
        "  \(ui("show.mode")) \(rule.mode.rawValue): \(rule.id)  [\(ui("show.when")) \(rule.condition)] — \(texts("rule.\(rule.id).reason"))"
      )
    }
    lines.append(ui("show.grouping"))
    for policy in survey.groupingPolicies {
      let keys = policy.keys.map { key -> String in
        switch key.attribute {
        case .answer(let id): return "\(id)×\(key.weight)"
        case .overallLevel: return "level×\(key.weight)"
        case .dimensionLevel(let id): return "level(\(id))×\(key.weight)"
        }
      }
      lines.append(
        "  \(policy.id): \(texts("policy.\(policy.id).label"))  \(policy.minimumSize)–\(policy.maximumSize)  \(keys.joined(separator: " > "))"
          + (policy.prefersSharedInterpreter ? "  [\(ui("show.shared-interpreter"))]" : ""))
    }
    return lines
  }

  private static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
