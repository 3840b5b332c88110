import KartleggCore
import KartleggTerminal

/// The readable result `kartlegg assess` prints: levels with bars, flags, recommendations and
/// the explanation, in the adviser's language.
public struct AssessmentText {
  let survey: Survey
  let assessment: Assessment
  let texts: SurveyTexts
  let ui: InterfaceText
  let width: Int
  /// Levels the adviser overrode, by part: shown in place of the assessed level, marked.
  var overriddenLevels: [AssessedPart: LevelID] = [:]

  /// Creates the text.
  ///
  /// - Parameters:
  ///   - survey: The survey.
  ///   - assessment: The assessment.
  ///   - texts: The survey's text in the adviser's language.
  ///   - ui: The adviser's interface.
  ///   - width: The columns to lay it out in.
  ///   - overriddenLevels: Levels the adviser overrode, shown in place of the assessed ones.
  public init(
    survey: Survey, assessment: Assessment, texts: SurveyTexts, ui: InterfaceText, width: Int,
    overriddenLevels: [AssessedPart: LevelID] = [:]
  ) {
    self.overriddenLevels = overriddenLevels
    self.survey = survey
    self.assessment = assessment
    self.texts = texts
    self.ui = ui
    self.width = width
  }

  /// The text, one line per row.
  ///
  /// - Returns: The lines joined with newlines.
  public func rendered() -> String {
    var lines: [String] = []
    let completeness = assessment.completeness
    lines.append(
      ui(
        "assess.completeness", completeness.answered, completeness.relevant,
        Self.percent(completeness.fraction * 100)))
    if !completeness.isComplete {
      lines.append(
        "  "
          + ui(
            "assess.incomplete",
            completeness.missingRequired.map { texts("question.\($0).text") }.joined(
              separator: "; ")))
    }
    lines.append("")
    lines.append(ui("assess.levels"))
    let labels =
      [ui("assess.overall")] + survey.dimensions.map { texts("dimension.\($0.id).label") }
    let labelWidth = min(28, labels.map(DisplayWidth.of).max() ?? 0)
    lines.append(
      levelLine(
        labels[0], assessment.overall.percentage, assessment.overall.decision, labelWidth,
        overridden: overriddenLevels[.overallLevel]))
    for (index, score) in assessment.dimensions.enumerated() {
      lines.append(
        levelLine(
          labels[index + 1], score.percentage, score.decision, labelWidth,
          overridden: overriddenLevels[.dimensionLevel(score.dimension)]))
    }
    lines.append("")
    lines += recommendationLines()
    lines.append("")
    lines += explanationLines()
    return lines.map(TerminalText.safe).joined(separator: "\n")
  }

  private func levelLine(
    _ label: String, _ percentage: Double?, _ decision: LevelDecision, _ labelWidth: Int,
    overridden: LevelID?
  ) -> String {
    let barWidth = max(10, min(30, width - labelWidth - 40))
    let filled = min(
      barWidth, max(0, percentage.map { Int(($0 / 100 * Double(barWidth)).rounded()) } ?? 0))
    let bar =
      String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
    let value = percentage.map { Self.percent($0).leftPadded(to: 4) } ?? "   –"
    var level = decision.level.map { texts("level.\($0).label") } ?? ui("assess.no-score")
    if decision.isProvisional, decision.level != nil {
      level += " (" + ui("assess.provisional") + ")"
    }
    if let overridden, overridden != decision.level {
      level = texts("level.\(overridden).label") + " (" + ui("review.changed") + ")"
    }
    return "  " + DisplayWidth.padded(label, to: labelWidth) + "  " + bar + " " + value + "  "
      + level
  }

  private func recommendationLines() -> [String] {
    var lines: [String] = []
    let flags = assessment.flags.map { texts("flag.\($0).label") }
    lines.append(
      ui("assess.flags") + " " + (flags.isEmpty ? ui("assess.none") : flags.joined(separator: "; "))
    )
    let channel = assessment.channel
    if let primary = channel.primary {
      lines.append(
        ui("assess.channel-primary", texts("channel.\(primary.channel).label")) + " — "
          + texts("rule.\(primary.rule).reason"))
    } else {
      lines.append(ui("assess.channel-none"))
    }
    if let fallback = channel.fallback {
      lines.append(
        ui("assess.channel-fallback", texts("channel.\(fallback.channel).label")) + " — "
          + texts("rule.\(fallback.rule).reason"))
    }
    let interpreter = assessment.interpreter
    var need = ui("assess.need.\(interpreter.need.rawValue)")
    if let language = interpreter.language {
      need += ", " + texts("language.\(language).name")
      if let dialect = interpreter.dialect { need += " (\(dialect))" }
    }
    if let mode = interpreter.mode { need += ", " + ui("assess.mode.\(mode.rawValue)") }
    lines.append(ui("assess.interpreter") + " " + need)
    if let rule = interpreter.needRule { lines.append("  " + texts("rule.\(rule).reason")) }
    if let rule = interpreter.modeRule { lines.append("  " + texts("rule.\(rule).reason")) }
    return lines
  }

  private func explanationLines() -> [String] {
    var lines = [ui("assess.explanation")]
    for (score, dimension) in zip(assessment.dimensions, survey.dimensions) {
      let percentage = score.percentage.map { Self.percent($0) + " %" } ?? "–"
      lines.append(
        "  " + texts("dimension.\(dimension.id).label") + ": "
          + ui("assess.points", score.points, score.maximum, percentage)
          + decisionText(score.decision))
      if score.possibleMaximum > score.maximum {
        lines.append("    " + ui("assess.unanswered-points", score.possibleMaximum - score.maximum))
      }
      for contribution in score.contributions {
        let options = contribution.options.map {
          texts("question.\(contribution.question).option.\($0)")
        }
        lines.append(
          "    \(texts("question.\(contribution.question).text")) "
            + (options.isEmpty ? "–" : options.joined(separator: ", "))
            + "  \(contribution.points >= 0 ? "+" : "")\(contribution.points)/\(contribution.maximum)"
        )
      }
    }
    let overall = assessment.overall
    let weights = survey.dimensions.compactMap { dimension in
      overall.weights[dimension.id].map { "\(texts("dimension.\(dimension.id).label")) ×\($0)" }
    }.joined(separator: ", ")
    lines.append(
      "  " + ui("assess.overall") + ": " + ui("assess.weighted-mean", weights)
        + (overall.percentage.map { " = " + Self.percent($0) + " %" } ?? "")
        + decisionText(overall.decision))
    return lines
  }

  private func decisionText(_ decision: LevelDecision) -> String {
    var text = ""
    if let band = decision.band {
      text +=
        " → " + ui("assess.band", texts("level.\(band.level).label"), band.minimum, band.maximum)
    }
    for gate in decision.gates {
      text += "; " + ui("assess.capped") + ": " + texts("rule.\(gate).reason")
    }
    return text
  }

  /// A percentage as a whole number.
  ///
  /// - Parameter value: The percentage.
  /// - Returns: Its digits.
  public static func percent(_ value: Double) -> String {
    String(Int(value.rounded()))
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
