import KartleggCore
import KartleggStore
import KartleggTerminal

/// The parts of a result as the adviser reviews and overrides them: overall and dimension
/// levels, the channel, and the interpreter need, language and mode, each with its label and
/// the choices in the adviser's language.
public struct ResultParts {
  let survey: Survey
  let texts: SurveyTexts
  let ui: InterfaceText

  /// Creates the labelling.
  ///
  /// - Parameters:
  ///   - survey: The survey the intake ran under.
  ///   - texts: Its text in the adviser's language.
  ///   - ui: The adviser's interface.
  public init(survey: Survey, texts: SurveyTexts, ui: InterfaceText) {
    self.survey = survey
    self.texts = texts
    self.ui = ui
  }

  /// The parts the adviser may override, with the values in force.
  ///
  /// - Parameter result: The stored result.
  /// - Returns: The parts in reading order.
  public func review(_ result: StoredResult) -> [ReviewPart] {
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

extension ReviewPart {
  /// The value in force, labelled; a value the choices do not hold is shown as stored.
  public var valueLabel: String {
    guard let value else { return "–" }
    return choices.first { $0.value == value }?.label ?? value
  }
}
