import Foundation
import KartleggCore
import KartleggStore

extension IntakeSession {
  /// Imports a complete answers file as an intake: validated like `kartlegg assess`, registered,
  /// saved in one transaction and assessed; accepted at once with `accept`.
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
    let participant = try store.register(
      Registration(
        name: known.name ?? "", contact: known.contact, cohort: known.cohort ?? "",
        programme: known.programme), actor: actor)
    let intake = try store.startIntake(
      for: participant, surveyHash: hash, language: participantLanguage, actor: actor)
    try store.recordAll(file.answers, in: intake, actor: actor)
    let labels = try SurveyTexts.forAdviser(survey, ui: ui, root: files.root)
    let result = ResultParts(survey: survey, texts: labels, ui: ui).stored(
      Assessor(survey: survey).assess(file.answers))
    try store.saveResult(result, of: intake, actor: actor)
    if accept { try store.accept(intake, actor: actor) }
    console.line(participant.rawValue)
  }
}
