import Foundation
import KartleggCore
import KartleggStore

extension IntakeSession {
  /// Imports a complete answers file as an intake: validated like `kartlegg assess`, registered,
  /// assessed and saved in one transaction; accepted at once with `accept`. The same file
  /// imported again for the same name and cohort (a retry after exit 75) prints the id the
  /// first import made and stores nothing.
  func importAnswers(
    _ path: String, survey surveyPath: String, registration known: PartialRegistration,
    language: LanguageCode?, accept: Bool
  ) throws {
    let (survey, hash) = try keepSurvey(at: surveyPath)
    guard let bytes = InputFile.bytes(path) else { throw ExitStatus.noInput }
    let file: AnswersFile
    do {
      file = try AnswersFileReader(survey: survey).read(bytes, file: path)
    } catch {
      for problem in error.problems { Diagnostics.error(problem.diagnostic) }
      throw ExitStatus.dataError
    }
    let participantLanguage = language ?? file.language ?? survey.sourceLanguage
    guard survey.language(participantLanguage) != nil else {
      Diagnostics.error(
        "error: "
          + ui(
            "intake.error.no-translation", participantLanguage.rawValue,
            available(survey).map(\.rawValue).joined(separator: ", ")))
      throw ExitStatus.dataError
    }
    let registration = Registration(
      name: known.name ?? "", contact: known.contact, cohort: known.cohort ?? "",
      programme: known.programme)
    let labels = try SurveyTexts.forAdviser(survey, ui: ui, root: files.root)
    let result = ResultParts(survey: survey, texts: labels, ui: ui).stored(
      Assessor(survey: survey).assess(file.answers))
    let outcome = try store.importIntake(
      IntakeImport(
        registration: registration, surveyHash: hash, language: participantLanguage,
        answers: file.answers, result: result, accept: accept,
        key: ImportKey.of(bytes, registration: registration)),
      actor: actor)
    let participant = outcome.participant
    console.line(participant.rawValue)
  }
}
