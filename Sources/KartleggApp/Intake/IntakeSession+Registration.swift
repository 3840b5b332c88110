import Foundation
import KartleggCore
import KartleggReport
import KartleggStore
import KartleggTerminal

extension IntakeSession {
  /// Asks what the command line did not give: name or case reference, contact, cohort,
  /// programme and the participant's language. `nil` when input ends first.
  func register(_ survey: Survey, known: PartialRegistration, language: LanguageCode?) throws
    -> (Registration, LanguageCode)?
  {
    console.line(ui("intake.registration"))
    guard let name = known.name ?? ask("intake.ask.name", required: true) else { return nil }
    let contact: String?
    if let given = known.contact {
      contact = given
    } else {
      guard let typed = ask("intake.ask.contact", required: false) else { return nil }
      contact = typed.isEmpty ? nil : typed
    }
    let cohorts = Set(try store.participants(cohort: nil, includeNames: false).map(\.cohort))
    if known.cohort == nil, !cohorts.isEmpty {
      console.wrapped(ui("intake.cohorts", cohorts.sorted().joined(separator: ", ")), indent: "  ")
    }
    guard let cohort = known.cohort ?? ask("intake.ask.cohort", required: true) else {
      return nil
    }
    guard let programme = try known.programme ?? askProgramme(survey) else { return nil }
    guard let participantLanguage = try language ?? askLanguage(survey) else { return nil }
    guard available(survey).contains(participantLanguage) else {
      throw AppError(
        .dataError, "intake.error.no-translation", participantLanguage.rawValue,
        available(survey).map(\.rawValue).joined(separator: ", "))
    }
    return (
      Registration(
        name: name, contact: contact, cohort: cohort,
        programme: programme.isEmpty ? nil : programme),
      participantLanguage
    )
  }

  /// The participant languages this survey can be shown in: its own and those translated.
  func available(_ survey: Survey) -> [LanguageCode] {
    ParticipantLanguages(resources: context.resources).available(in: survey)
  }

  private func ask(_ key: String, required: Bool) -> String? {
    while true {
      console.write(ui(key) + ": ")
      guard let line = console.readLine() else { return nil }
      let text = line.trimmingCharacters(in: .whitespaces)
      if !text.isEmpty || !required { return text }
      console.line("  ! " + ui("intake.error.empty"))
    }
  }

  /// The programme, from the survey's own question when it has one.
  private func askProgramme(_ survey: Survey) throws -> String? {
    guard let question = survey.question(withRole: .programme) else {
      return ask("intake.ask.programme", required: false)
    }
    let adviser = try texts(for: survey, participant: survey.sourceLanguage).adviser
    for (index, option) in question.options.enumerated() {
      console.wrapped(
        adviser("question.\(question.id).option.\(option.value)"), indent: "  \(index + 1)  ")
    }
    while true {
      console.write(ui("intake.ask.programme-choice", String(question.options.count)) + ": ")
      guard let line = console.readLine() else { return nil }
      let text = line.trimmingCharacters(in: .whitespaces)
      if text.isEmpty { return "" }
      if let number = Int(text), question.options.indices.contains(number - 1) {
        return question.options[number - 1].value.rawValue
      }
      console.line("  ! " + ui("intake.error.not-option", String(question.options.count)))
    }
  }

  private func askLanguage(_ survey: Survey) throws -> LanguageCode? {
    let languages = available(survey)
    for (index, code) in languages.enumerated() {
      let native = survey.language(code)?.nativeName ?? ""
      console.line("  \(index + 1)  \(code)  \(TerminalText.safe(native))")
    }
    while true {
      console.write(ui("intake.ask.language", String(languages.count)) + ": ")
      guard let line = console.readLine() else { return nil }
      let text = line.trimmingCharacters(in: .whitespaces).lowercased()
      if let number = Int(text), languages.indices.contains(number - 1) {
        return languages[number - 1]
      }
      if let code = languages.first(where: { $0.rawValue == text }) { return code }
      console.line("  ! " + ui("intake.error.not-option", String(languages.count)))
    }
  }
}
