import ArgumentParser
import KartleggApp
import KartleggCore
import KartleggTerminal

/// `kartlegg intake`: the adviser's intake conversation, saved answer by answer.
struct IntakeCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "intake",
      abstract: HelpText.text(
        "Run an intake conversation (new, or --resume ID), or import an answers file."),
      discussion: HelpText.text(
        """
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
        """)
    )
  }

  @Option(
    help: HelpText.argument("Continue an unfinished intake (participant id).", valueName: "id"))
  var resume: String?

  @Option(help: HelpText.argument("Import a complete answers file (JSON).", valueName: "file"))
  var answers: String?

  @ArgumentParser.Flag(help: HelpText.argument("With --answers: accept the result without review."))
  var accept = false

  @Option(help: HelpText.argument("The survey (default: the standard survey).", valueName: "file"))
  var survey: String?

  @Option(help: HelpText.argument("The participant's name or case reference.", valueName: "text"))
  var name: String?

  @Option(
    help: HelpText.argument("The participant's phone or e-mail (optional).", valueName: "text"))
  var contact: String?

  @Option(help: HelpText.argument("The cohort's name; a new name creates it.", valueName: "name"))
  var cohort: String?

  @Option(help: HelpText.argument("The programme, e.g. intro or jobbsjansen.", valueName: "value"))
  var programme: String?

  @Option(
    name: .customLong("language"),
    help: HelpText.argument("The participant's language for survey text.", valueName: "code"))
  var participantLanguage: String?

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions
  @OptionGroup var display: DisplayOptions

  func validate() throws {
    if answers != nil, resume != nil {
      throw ValidationError("--answers and --resume cannot be used together")
    }
    if accept, answers == nil { throw ValidationError("--accept needs --answers") }
    if answers != nil, name == nil || cohort == nil {
      throw ValidationError("--answers needs --name and --cohort")
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
