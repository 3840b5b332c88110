import KartleggApp
import KartleggCommandLine
import KartleggCore
import KartleggTerminal

/// `kartlegg intake`: the adviser's intake conversation, saved answer by answer.
struct IntakeCommand: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "intake",
      abstract: "Run an intake conversation (new, or --resume ID), or import an answers file.",
      discussion: """
        Registers the participant (name or case reference, cohort, programme, language), then asks
        each question in the adviser's language with the participant's language beneath. Keys: a
        number (several as "1 3 4"), Enter keeps the current answer, < goes back, ? explains,
        . skips an optional question, q saves and quits. Every answer is saved before the next
        question; after Ctrl-C, a closed terminal or the end of piped input, --resume continues at
        the first unanswered question. At the end the result is shown; accept it (a) or override a
        part with a reason (e).

        Examples:
          kartlegg intake
          kartlegg intake --resume K7QM-3XPD
          kartlegg intake --answers answers.json --name "Case 2026-114" --cohort "Høst 2026" --accept
        """
    )
  }

  let resume: String?
  let answers: String?
  let accept: Bool
  let survey: String?
  let name: String?
  let contact: String?
  let cohort: String?
  let programme: String?
  let participantLanguage: String?
  let database: DatabaseOptions
  let resources: ResourceOptions
  let interface: InterfaceOptions
  let display: DisplayOptions

  init(reading line: CommandLineReader) throws {
    resume = line.option(
      "resume", value: "id", help: "Continue an unfinished intake (participant id).")
    answers = line.option("answers", value: "file", help: "Import a complete answers file (JSON).")
    accept = line.flag("accept", help: "With --answers: accept the result without review.")
    survey = line.option(
      "survey", value: "file", help: "The survey (default: the standard survey).")
    name = line.option("name", value: "text", help: "The participant's name or case reference.")
    contact = line.option(
      "contact", value: "text", help: "The participant's phone or e-mail (optional).")
    cohort = line.option("cohort", value: "name", help: "The cohort's name; a new name creates it.")
    programme = line.option(
      "programme", value: "value", help: "The programme, e.g. intro or jobbsjansen.")
    participantLanguage = line.option(
      "language", value: "code", help: "The participant's language for survey text.")
    database = DatabaseOptions(reading: line)
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
    display = DisplayOptions(reading: line)
  }

  func validate() throws {
    if answers != nil, resume != nil {
      throw UsageError("--answers and --resume cannot be used together")
    }
    if accept, answers == nil { throw UsageError("--accept needs --answers") }
    if answers != nil, name == nil || cohort == nil {
      throw UsageError("--answers needs --name and --cohort")
    }
  }

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    let store = try database.open(context: context)
    let language = participantLanguage.map { LanguageCode($0) }
    let registration = PartialRegistration(
      name: name, contact: contact, cohort: cohort, programme: programme)
    if let answers {
      let participant = try context.run {
        try ImportAnswers(context: context.app, store: store).run(
          answers, survey: survey ?? context.app.resources.standardSurveyPath,
          registration: registration, language: language, accept: accept)
      }
      Diagnostics.report(participant.warnings, ui: context.ui)
      StandardOutput.line(participant.participant.rawValue)
      return
    }
    let console = StandardConsole(bidi: try display.mode())
    try context.run {
      let session = try IntakeSession(
        context: context.app, store: store, console: console,
        isInteractive: console.isInteractive,
        interruption: { InterruptHandling.install($0) },
        continueCommand: Invocation.continuing(database: database, interface: interface))
      if let resume {
        try session.resume(resume)
      } else {
        try session.start(
          survey: survey ?? context.app.resources.standardSurveyPath, known: registration,
          language: language)
      }
    }
  }
}
