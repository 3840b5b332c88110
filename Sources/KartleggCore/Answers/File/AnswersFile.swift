/// An answers file: one participant's answers to a survey, as JSON.
///
///     {"survey": "digital-intake", "version": "1.0", "language": "ti",
///      "answers": {"device.smartphone": "own", "apps.used": ["whatsapp", "sms"],
///                  "background.work_years": 3, "interpreter.language": "ti"}}
///
/// Single choice: the option value. Multiple choice: an array of option values. Number: a JSON
/// number. Text: a string. Date: `"YYYY-MM-DD"`. Language: a registry code; several languages:
/// an array of codes. See `docs/assessment.md`.
public struct AnswersFile: Hashable, Sendable {
  /// The survey the answers were given under.
  public var survey: SurveyID
  /// The survey version, when the file states it.
  public var version: String?
  /// The participant's language, when the file states it.
  public var language: LanguageCode?
  /// The answers.
  public var answers: AnswerSet
  /// Answers that break a warning constraint (a plausibility check): accepted, to be looked at.
  public var warnings: [AnswerProblem]

  /// Creates an answers file.
  ///
  /// - Parameters:
  ///   - survey: The survey.
  ///   - version: The survey version.
  ///   - language: The participant's language.
  ///   - answers: The answers.
  ///   - warnings: Answers that break a warning constraint.
  public init(
    survey: SurveyID, version: String?, language: LanguageCode?, answers: AnswerSet,
    warnings: [AnswerProblem] = []
  ) {
    self.warnings = warnings
    self.survey = survey
    self.version = version
    self.language = language
    self.answers = answers
  }
}
