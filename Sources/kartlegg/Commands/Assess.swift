import KartleggApp
import KartleggCommandLine
import KartleggReport
import KartleggTerminal

/// `kartlegg assess --answers FILE`: score an answers file without storing it.
struct Assess: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "assess",
      abstract: "Score one participant's answers file without storing it.",
      discussion: """
        Prints the level per dimension and overall (with a bar and completeness), the flags, the
        recommended channel and fallback, and the interpreter need, language and mode — each with
        the answers and rules that produced it. --json prints the stable format of
        docs/assessment.md. A broken answers file gets FILE:LINE:COL: error: lines and exit 65.

        Example:
          kartlegg assess --answers docs/examples/answers-tigrinya.json
        """
    )
  }

  let answers: String
  let survey: String?
  let json: Bool
  let language: String?
  let resources: ResourceOptions
  let interface: InterfaceOptions

  init(reading line: CommandLineReader) throws {
    answers = try line.requiredOption("answers", value: "file", help: "The answers file (JSON).")
    survey = line.option(
      "survey", value: "file", help: "The survey (default: the standard survey).")
    json = line.flag("json", help: "Print JSON instead of text.")
    language = line.option(
      "language", value: "code",
      help: "Language of the result: nb, nn or en (default: --ui-language).")
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
  }

  func run() throws {
    var options = interface
    if let language { options.language = language }
    let context = try CommandContext(resources: resources, interface: options)
    let assessed = try context.run {
      try AssessAnswers(context: context.app).run(answers, survey: survey)
    }
    Diagnostics.report(assessed.warnings, ui: context.ui)
    if json {
      StandardOutput.line(
        try AssessmentJSON(survey: assessed.survey, assessment: assessed.assessment).encoded())
      return
    }
    let width = TerminalWidth.current()
    let text = AssessmentText(
      survey: assessed.survey, assessment: assessed.assessment, texts: assessed.texts,
      ui: context.ui, width: width)
    StandardOutput.line(TextWrap.block(text.rendered(), width: width))
  }
}
