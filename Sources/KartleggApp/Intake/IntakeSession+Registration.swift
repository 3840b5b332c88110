import KartleggCore
import KartleggStore

extension IntakeSession {
  /// Asks what the command line did not give (``RegistrationDialog``). `nil` when the adviser
  /// left or input ended first.
  func register(_ survey: Survey, known: PartialRegistration, language: LanguageCode?) throws
    -> (Registration, LanguageCode)?
  {
    console.line(ui("intake.registration"))
    let cohorts = try store.cohortNames()
    let adviser = try texts(for: survey, participant: survey.sourceLanguage).adviser
    let programmes = survey.question(withRole: .programme).map { question in
      question.options.map {
        (value: $0.value.rawValue, label: adviser("question.\(question.id).option.\($0.value)"))
      }
    }
    let languages = available(survey).map { code in
      (code: code, name: survey.language(code)?.nativeName ?? "")
    }
    let dialog = RegistrationDialog(
      console: console, ui: ui, isInteractive: isInteractive, cohorts: cohorts.sorted(),
      programmes: programmes, languages: languages)
    guard let (registration, participantLanguage) = dialog.run(known: known, language: language)
    else { return nil }
    guard available(survey).contains(participantLanguage) else {
      throw AppError(
        .dataError, "intake.error.no-translation", participantLanguage.rawValue,
        available(survey).map(\.rawValue).joined(separator: ", "))
    }
    return (registration, participantLanguage)
  }

  /// The participant languages this survey can be shown in: its own and those translated.
  func available(_ survey: Survey) -> [LanguageCode] {
    ParticipantLanguages(resources: context.resources).available(in: survey)
  }
}
