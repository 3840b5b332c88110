import KartleggCore
import KartleggReport
import KartleggStore

/// What every use case works with: where resources are, the adviser's interface language, and
/// who is acting (for the audit log).
public struct AppContext: Sendable {
  /// Where the schema, surveys, translations and input files are.
  public var resources: any Resources
  /// The adviser's interface text.
  public var ui: InterfaceText
  /// Who is acting, for the audit log.
  public var actor: String

  /// Creates a context.
  ///
  /// - Parameters:
  ///   - resources: Where the schema, surveys, translations and input files are.
  ///   - ui: The adviser's interface text.
  ///   - actor: Who is acting.
  public init(resources: any Resources, ui: InterfaceText, actor: String) {
    self.resources = resources
    self.ui = ui
    self.actor = actor
  }

  /// The survey library over these resources (compiles the schema).
  ///
  /// - Returns: The library.
  /// - Throws: ``AppError`` when the schema is missing or broken.
  public func surveys() throws(AppError) -> SurveyLibrary {
    try SurveyLibrary(resources: resources)
  }

  /// A survey's text in the adviser's language.
  ///
  /// - Parameter survey: The survey.
  /// - Returns: The texts.
  /// - Throws: ``AppError`` for a broken translation file.
  public func adviserTexts(_ survey: Survey) throws(AppError) -> SurveyTexts {
    try SurveyTexts.forAdviser(survey, ui: ui, from: resources)
  }
}

/// A store that keeps intakes and group plans: what the use cases need of a backend.
public typealias KartleggStorage = GroupPlanStorage & Storage
