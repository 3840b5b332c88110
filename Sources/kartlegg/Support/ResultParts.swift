import KartleggCore
import KartleggStore
import KartleggTerminal

/// How an assessment is stored and offered for override: overall and dimension levels, the
/// channel, and the interpreter need, language and mode.
struct ResultParts {
  let survey: Survey
  let texts: SurveyTexts
  let ui: InterfaceText

  /// The assessment as stored.
  func stored(_ assessment: Assessment) -> AssessedResult {
    var values: [ResultPart: String] = [:]
    values[.overallLevel] = assessment.overall.decision.level?.rawValue
    for score in assessment.dimensions {
      values[.dimensionLevel(score.dimension)] = score.decision.level?.rawValue
    }
    values[.channel] = assessment.channel.primary?.channel.rawValue
    values[.interpreterNeed] = assessment.interpreter.need.rawValue
    values[.interpreterLanguage] = assessment.interpreter.language?.rawValue
    values[.interpreterMode] = assessment.interpreter.mode?.rawValue
    let provisional =
      assessment.overall.decision.isProvisional
      || assessment.dimensions.contains { $0.decision.isProvisional }
    return AssessedResult(
      values: values, flags: assessment.flags, isProvisional: provisional,
      completeness: assessment.completeness.fraction)
  }

  /// The parts the adviser may override, with the values in force.
  func review(_ result: StoredResult) -> [ReviewPart] {
    let levels = survey.levels.map { ($0.id.rawValue, texts("level.\($0.id).label")) }
    var parts = [
      ReviewPart(
        name: ResultPart.overallLevel.description, label: ui("assess.overall"),
        value: result.value(of: .overallLevel), choices: levels)
    ]
    for dimension in survey.dimensions {
      let part = ResultPart.dimensionLevel(dimension.id)
      parts.append(
        ReviewPart(
          name: part.description, label: texts("dimension.\(dimension.id).label"),
          value: result.value(of: part), choices: levels))
    }
    parts.append(
      ReviewPart(
        name: ResultPart.channel.description, label: ui("review.part.channel"),
        value: result.value(of: .channel),
        choices: survey.channels.channels.map {
          ($0.id.rawValue, texts("channel.\($0.id).label"))
        }))
    parts.append(
      ReviewPart(
        name: ResultPart.interpreterNeed.description, label: ui("review.part.interpreter-need"),
        value: result.value(of: .interpreterNeed),
        choices: InterpreterNeed.allCases.map { ($0.rawValue, ui("assess.need.\($0.rawValue)")) }
      ))
    parts.append(
      ReviewPart(
        name: ResultPart.interpreterLanguage.description,
        label: ui("review.part.interpreter-language"),
        value: result.value(of: .interpreterLanguage),
        choices: survey.languages.map {
          ($0.code.rawValue, "\($0.code) \(texts("language.\($0.code).name"))")
        }))
    parts.append(
      ReviewPart(
        name: ResultPart.interpreterMode.description, label: ui("review.part.interpreter-mode"),
        value: result.value(of: .interpreterMode),
        choices: InterpreterMode.allCases.map { ($0.rawValue, ui("assess.mode.\($0.rawValue)")) }
      ))
    return parts
  }
}

extension ResultParts {
  /// A stored result's parts labelled by the survey its intake ran under, in the adviser's
  /// language.
  static func labelled(
    _ result: StoredResult, surveyHash: String, store: any Storage & GroupPlanStorage,
    files: SurveyFiles,
    ui: InterfaceText
  ) throws -> [ReviewPart] {
    let survey = try files.loadKept(surveyHash, from: store)
    let texts = try SurveyTexts.forAdviser(survey, ui: ui, root: files.root)
    return ResultParts(survey: survey, texts: texts, ui: ui).review(result)
  }
}

extension ReviewPart {
  /// The value in force, labelled; a value the choices do not hold is shown as stored.
  var valueLabel: String {
    guard let value else { return "–" }
    return choices.first { $0.value == value }?.label ?? value
  }
}
