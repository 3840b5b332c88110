import KartleggCore
import KartleggTerminal

/// The text `kartlegg survey show` prints: wrapped to `width` with hanging indents, the
/// survey's texts in the chosen language isolated (RLI … PDI for a right-to-left language) and
/// each line laid out for the terminal's `bidi` mode.
public struct SurveyOutline {
  let survey: Survey
  let texts: SurveyTexts
  let ui: InterfaceText
  let width: Int
  let bidi: BidiMode

  /// Creates the outline.
  ///
  /// - Parameters:
  ///   - texts: The survey's text in the language shown (it holds the survey).
  ///   - ui: The adviser's interface.
  ///   - width: The terminal's columns.
  ///   - bidi: How right-to-left text reaches the terminal.
  public init(
    texts: SurveyTexts, ui: InterfaceText, width: Int = 80, bidi: BidiMode = .terminal
  ) {
    self.survey = texts.survey
    self.texts = texts
    self.ui = ui
    self.width = width
    self.bidi = bidi
  }

  /// The outline as text.
  ///
  /// - Returns: The lines joined with newlines.
  public func rendered() -> String {
    var lines: [String] = []
    lines.append("\(text("survey.title"))  (\(survey.id) \(survey.version), \(texts.language))")
    lines.append("")
    lines += levelLines()
    for (number, section) in survey.sections.enumerated() {
      lines.append("")
      var heading = "§\(number + 1) \(section.id) — \(text("section.\(section.id).title"))"
      if let relevance = section.relevance {
        heading += "  [\(ui("show.relevant-when")) \(written(relevance))]"
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
    return lines.flatMap(wrapped).joined(separator: "\n")
  }

  /// A survey text in the chosen language, made safe and isolated.
  private func text(_ key: String) -> String {
    Bidi.isolated(TerminalText.safe(texts(key)), rightToLeft: texts.isRightToLeft)
  }

  /// A condition as written in the survey, made safe.
  private func written(_ condition: some CustomStringConvertible) -> String {
    TerminalText.safe(condition.description)
  }

  /// One outline line wrapped to the width and laid out for the bidi mode.
  private func wrapped(_ line: String) -> [String] {
    TextWrap.hanging(line, width: width).map { Bidi.display($0, mode: bidi) }
  }

  private func levelLines() -> [String] {
    var lines = [ui("show.levels")]
    for level in survey.levels {
      lines.append("  \(level.id): \(text("level.\(level.id).label"))")
    }
    lines.append(ui("show.dimensions"))
    for dimension in survey.dimensions {
      lines.append(
        "  \(dimension.id): \(text("dimension.\(dimension.id).label"))  \(bandText(dimension.bands))"
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
    ui("show.gate", gate.id, gate.cap, written(gate.condition)) + " — "
      + text("rule.\(gate.id).reason")
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
      lines.append("    \(ui("show.relevant-when")) \(written(relevance))")
    }
    lines.append("    " + text("\(prefix).text"))
    if question.help != nil {
      let audience = question.helpAudience == .adviser ? "  [\(ui("show.adviser-only"))]" : ""
      lines.append("    (" + text("\(prefix).help") + ")" + audience)
    }
    for (index, option) in question.options.enumerated() {
      var line = "    \(index + 1). \(option.value): \(text("\(prefix).option.\(option.value)"))"
      let points = option.points.map { "\($0.dimension) \($0.points >= 0 ? "+" : "")\($0.points)" }
      if !points.isEmpty { line += "  (" + points.joined(separator: ", ") + ")" }
      if option.isExclusive { line += "  [\(ui("show.exclusive"))]" }
      lines.append(line)
    }
    for (index, constraint) in question.constraints.enumerated() {
      lines.append(
        "    \(ui("show.constraint")) \(written(constraint.test)): \(text("\(prefix).constraint.\(index + 1)"))"
      )
    }
    return lines
  }

  private func ruleLines() -> [String] {
    var lines = [ui("show.flags")]
    for flag in survey.flags {
      lines.append(
        "  \(flag.id): \(text("flag.\(flag.id).label"))  [\(ui("show.when")) \(written(flag.condition))]"
      )
    }
    lines.append(ui("show.channels"))
    for channel in survey.channels.channels {
      lines.append(
        "  \(channel.id): \(text("channel.\(channel.id).label"))"
          + (channel.servesGroups ? "  [\(ui("show.groups"))]" : ""))
    }
    lines.append(ui("show.channel-rules"))
    for (index, rule) in survey.channels.rules.enumerated() {
      lines.append(
        "  \(index + 1). \(rule.id) → \(rule.channel)  [\(ui("show.when")) \(written(rule.condition))] — \(text("rule.\(rule.id).reason"))"
      )
    }
    let interpreter = survey.interpreter
    lines.append(
      ui(
        "show.interpreter", interpreter.languageQuestion,
        interpreter.dialectQuestion?.rawValue ?? "–"))
    for rule in interpreter.needRules {
      lines.append(
        "  \(ui("show.need")) \(rule.need.rawValue): \(rule.id)  [\(ui("show.when")) \(written(rule.condition))] — \(text("rule.\(rule.id).reason"))"
      )
    }
    for rule in interpreter.modeRules {
      lines.append(
        "  \(ui("show.mode")) \(rule.mode.rawValue): \(rule.id)  [\(ui("show.when")) \(written(rule.condition))] — \(text("rule.\(rule.id).reason"))"
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
        "  \(policy.id): \(text("policy.\(policy.id).label"))  \(policy.minimumSize)–\(policy.maximumSize)  \(keys.joined(separator: " > "))"
          + (policy.prefersSharedInterpreter ? "  [\(ui("show.shared-interpreter"))]" : ""))
    }
    return lines
  }

  private static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
