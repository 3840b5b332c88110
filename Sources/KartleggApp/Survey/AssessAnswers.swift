import KartleggCore
import KartleggReport

/// The `assess` use case: one answers file scored without storing it.
public struct AssessAnswers {
  let context: AppContext

  /// An assessment with what it takes to show it.
  public struct Assessed: Sendable {
    /// The survey.
    public var survey: Survey
    /// The assessment.
    public var assessment: Assessment
    /// The survey's text in the adviser's language.
    public var texts: SurveyTexts
    /// Answers accepted but worth checking (broken plausibility checks).
    public var warnings: [AppProblem]
  }

  /// Creates the use case.
  ///
  /// - Parameter context: Resources, interface language and actor.
  public init(context: AppContext) {
    self.context = context
  }

  /// Reads, checks and scores an answers file.
  ///
  /// - Parameters:
  ///   - path: The answers file.
  ///   - surveyPath: The survey; `nil` for the standard survey.
  /// - Returns: The assessment.
  /// - Throws: ``AppError``: 66 missing, 65 with every problem as `FILE:LINE:COL`.
  public func run(_ path: String, survey surveyPath: String?) throws(AppError) -> Assessed {
    let surveys = try context.surveys()
    let survey = try surveys.load(surveyPath ?? surveys.standardSurvey)
    let bytes = try context.resources.bytes(atPath: path)
    let file: AnswersFile
    do {
      file = try AnswersFileReader(survey: survey).read(bytes, file: path)
    } catch {
      throw AppError(answers: error)
    }
    return Assessed(
      survey: survey, assessment: Assessor(survey: survey).assess(file.answers),
      texts: try context.adviserTexts(survey), warnings: AppError.warnings(of: file))
  }
}
