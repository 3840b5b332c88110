import KartleggXML

/// The `survey check` use case: every problem of each survey file, against the schema and
/// kartlegg's rules.
public struct CheckSurveys {
  let context: AppContext

  /// Creates the use case.
  ///
  /// - Parameter context: Resources, interface language and actor.
  public init(context: AppContext) {
    self.context = context
  }

  /// Checks the files.
  ///
  /// - Parameter paths: The survey files.
  /// - Throws: ``AppError`` with every problem of every file: 66 when a file is missing
  ///   (problems of the others included), 65 when any file has a problem.
  public func run(_ paths: [String]) throws(AppError) {
    let surveys = try context.surveys()
    var problems: [AppProblem] = []
    var missing = false
    for path in paths {
      do {
        let bytes = try context.resources.bytes(atPath: path)
        problems += surveys.problems(in: bytes, file: path).map(AppProblem.init)
      } catch {
        problems += error.problems
        missing = true
      }
    }
    if missing { throw AppError(.noInput, problems) }
    if !problems.isEmpty { throw AppError(.dataError, problems) }
  }
}
