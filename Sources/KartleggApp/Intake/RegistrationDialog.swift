import KartleggCore
import KartleggReport
import KartleggStore
import KartleggTerminal

/// Registration at the adviser's desk: name or case reference, contact, cohort, programme and
/// the participant's language, in that order, each asked only when the command line did not
/// give it. At every prompt `<` goes back one prompt, `?` explains it and `q` leaves without
/// saving; empty input to a required prompt asks again.
struct RegistrationDialog {
  /// One prompt.
  enum Step: String, CaseIterable {
    case name, contact, cohort, programme, language
  }

  /// What one prompt gave.
  private enum Reply {
    case value(String?)
    case back
    case leave
  }

  let console: any Console
  let ui: InterfaceText
  let isInteractive: Bool
  /// The cohorts there are, for matching a typed name.
  let cohorts: [String]
  /// The programme question's options with their labels, when the survey has one.
  let programmes: [(value: String, label: String)]?
  /// The languages the survey can be shown in, with their own names.
  let languages: [(code: LanguageCode, name: String)]

  /// Asks what is missing.
  ///
  /// - Parameters:
  ///   - known: What the command line gave.
  ///   - language: The participant's language, when given.
  /// - Returns: The registration, or `nil` when the adviser left (`q`) or input ended.
  func run(known: PartialRegistration, language: LanguageCode?) -> (
    Registration, LanguageCode
  )? {
    var values: [Step: String] = [:]
    let steps = Step.allCases.filter { step in
      switch step {
      case .name: return known.name == nil
      case .contact: return known.contact == nil
      case .cohort: return known.cohort == nil
      case .programme: return known.programme == nil
      case .language: return language == nil
      }
    }
    var index = 0
    while index < steps.count {
      switch ask(steps[index]) {
      case .value(let value):
        values[steps[index]] = value
        index += 1
      case .back:
        if index > 0 { index -= 1 }
      case .leave:
        return nil
      }
    }
    let cohort = values[.cohort] ?? known.cohort.map { CohortName.resolve($0, among: cohorts).name }
    guard let name = values[.name] ?? known.name, let cohort,
      let code = values[.language].map({ LanguageCode($0) }) ?? language
    else { return nil }
    let programme = values[.programme] ?? known.programme
    return (
      Registration(
        name: name, contact: values[.contact] ?? known.contact, cohort: cohort,
        programme: programme.flatMap { $0.isEmpty ? nil : $0 }),
      code
    )
  }

  private func ask(_ step: Step) -> Reply {
    showChoices(step)
    while true {
      console.write(prompt(step) + ": ")
      guard let line = console.readLine() else { return .leave }
      let text = line.trimmingCharacters(in: .whitespaces)
      switch text {
      case "<": return .back
      case "q", "Q": return .leave
      case "?":
        console.wrapped(ui("intake.registration.help.\(step.rawValue)"), indent: "  ")
        continue
      default: break
      }
      switch answer(text, for: step) {
      case .success(let value?): return .value(value)
      case .success(nil): continue
      case .failure(let mistake):
        console.line("  ! " + mistake.message)
      }
    }
  }

  /// The value typed for a prompt, `nil` to ask again without a message, or why it cannot be
  /// taken.
  private func answer(_ text: String, for step: Step) -> Result<String?, RegistrationMistake> {
    let isRequired = step == .name || step == .cohort || step == .language
    if text.isEmpty {
      return isRequired ? .failure(.init(ui("intake.error.empty"))) : .success("")
    }
    switch step {
    case .name, .contact: return .success(text)
    case .cohort: return cohort(text)
    case .programme:
      guard let programmes else { return .success(text) }
      guard let number = Int(text), programmes.indices.contains(number - 1) else {
        return .failure(.init(ui("intake.error.not-option", programmes.count)))
      }
      return .success(programmes[number - 1].value)
    case .language:
      let lowered = text.lowercased()
      if let number = Int(lowered), languages.indices.contains(number - 1) {
        return .success(languages[number - 1].code.rawValue)
      }
      if let match = languages.first(where: { $0.code.rawValue == lowered }) {
        return .success(match.code.rawValue)
      }
      return .failure(.init(ui("intake.error.not-option", languages.count)))
    }
  }

  /// A typed cohort: an existing one in any case and spacing, or a new one confirmed.
  private func cohort(_ text: String) -> Result<String?, RegistrationMistake> {
    let resolved = CohortName.resolve(text, among: cohorts)
    guard resolved.isNew else {
      if resolved.name != CohortName.cleaned(text) {
        console.line("  " + ui("intake.cohort-existing", resolved.name))
      }
      return .success(resolved.name)
    }
    guard isInteractive else {
      console.line("  " + ui("intake.cohort-new-noted", resolved.name))
      return .success(resolved.name)
    }
    console.write(ui("intake.cohort-new-confirm", resolved.name) + ": ")
    let reply = console.readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
    return ["j", "ja", "y", "yes"].contains(reply) ? .success(resolved.name) : .success(nil)
  }

  private func prompt(_ step: Step) -> String {
    switch step {
    case .name: return ui("intake.ask.name")
    case .contact: return ui("intake.ask.contact")
    case .cohort: return ui("intake.ask.cohort")
    case .programme:
      return programmes.map { ui("intake.ask.programme-choice", $0.count) }
        ?? ui("intake.ask.programme")
    case .language: return ui("intake.ask.language", languages.count)
    }
  }

  private func showChoices(_ step: Step) {
    switch step {
    case .cohort where !cohorts.isEmpty:
      console.wrapped(ui("intake.cohorts", cohorts.sorted().joined(separator: ", ")), indent: "  ")
    case .programme:
      for (index, programme) in (programmes ?? []).enumerated() {
        console.wrapped(programme.label, indent: "  \(index + 1)  ")
      }
    case .language:
      for (index, language) in languages.enumerated() {
        console.line("  \(index + 1)  \(language.code)  \(TerminalText.safe(language.name))")
      }
    default: break
    }
  }
}

/// Why a typed registration value cannot be taken, in the adviser's language.
struct RegistrationMistake: Error {
  let message: String

  init(_ message: String) {
    self.message = message
  }
}
