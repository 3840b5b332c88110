import Foundation
import KartleggCore
import KartleggReport
import KartleggStore

/// The import use case: a complete answers file becomes an assessed intake — validated like
/// `kartlegg assess`, then registered, saved, assessed and (when asked) accepted in one
/// transaction. The same file imported again for the same name and cohort (a retry after exit
/// 75 or a killed process) returns the id the first import made and stores nothing.
public struct ImportAnswers {
  let context: AppContext
  let store: any KartleggStorage

  /// Creates the use case.
  ///
  /// - Parameters:
  ///   - context: Resources, interface language and actor.
  ///   - store: The store.
  public init(context: AppContext, store: any KartleggStorage) {
    self.context = context
    self.store = store
  }

  /// Imports one answers file.
  ///
  /// - Parameters:
  ///   - path: The answers file.
  ///   - surveyPath: The survey it answers.
  ///   - known: Name, contact, cohort and programme.
  ///   - language: The participant's language; else the file's, else the survey's own.
  ///   - accept: Whether to accept the result without review.
  /// - Returns: The new participant's id and the answers accepted but worth checking.
  /// - Throws: ``AppError``: 65 with every problem of the file, 66 missing file.
  public func run(
    _ path: String, survey surveyPath: String, registration known: PartialRegistration,
    language: LanguageCode?, accept: Bool
  ) throws(AppError) -> (participant: ParticipantID, warnings: [AppProblem]) {
    let surveys = try context.surveys()
    let (survey, hash) = try surveys.keep(surveyPath, in: store)
    let bytes = try context.resources.bytes(atPath: path)
    let file: AnswersFile
    do {
      file = try AnswersFileReader(survey: survey).read(bytes, file: path)
    } catch {
      throw AppError(answers: error)
    }
    let participantLanguage = language ?? file.language ?? survey.sourceLanguage
    guard survey.language(participantLanguage) != nil else {
      let available = ParticipantLanguages(resources: context.resources).available(in: survey)
      throw AppError(
        .dataError, "intake.error.no-translation", participantLanguage.rawValue,
        available.map(\.rawValue).joined(separator: ", "))
    }
    let actor = context.actor
    return try AppError.mapping {
      let cohort = CohortName.resolve(known.cohort ?? "", among: try store.cohortNames().sorted())
        .name
      let registration = Registration(
        name: known.name ?? "", contact: known.contact, cohort: cohort,
        programme: known.programme)
      let item = IntakeImport(
        registration: registration, surveyHash: hash, language: participantLanguage,
        answers: file.answers,
        ending: IntakeFlow(survey: survey).stop(given: file.answers).map { .stopped($0.status) }
          ?? .assessed(
            StoredParts.of(Assessor(survey: survey).assess(file.answers)), accept: accept),
        key: ImportKey.of(bytes, registration: registration))
      let participant = try store.importIntake(item, actor: actor).participant
      return (participant, AppError.warnings(of: file))
    }
  }
}
