import KartleggCore
import KartleggReport

/// The `survey show` use case: a survey and its text in a chosen language, for its outline.
public struct ShowSurvey {
  let context: AppContext

  /// Creates the use case.
  ///
  /// - Parameter context: Resources, interface language and actor.
  public init(context: AppContext) {
    self.context = context
  }

  /// Loads the survey and its text.
  ///
  /// - Parameters:
  ///   - path: The survey file.
  ///   - language: The language of its text; `nil` for its own.
  /// - Returns: The survey's text (which holds the survey).
  /// - Throws: ``AppError``.
  public func run(_ path: String, language: LanguageCode?) throws(AppError) -> SurveyTexts {
    let survey = try context.surveys().load(path)
    return try SurveyTexts.load(survey, language: language, from: context.resources)
  }
}
