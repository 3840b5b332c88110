import KartleggApp
import KartleggCommandLine
import KartleggCore
import KartleggReport
import KartleggTerminal

/// `kartlegg survey show FILE`: a readable outline of a survey.
struct SurveyShow: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "show",
      abstract: "Print a readable outline of a survey, in a chosen language.",
      discussion: """
        Sections, questions with their type and conditions, options with their points, levels
        and bands, flags, and the channel, interpreter and grouping rules. Conditions are written
        back in the survey's condition language. With --language, participant-facing text is
        shown in that language; a translation no qualified translator has reviewed is marked †,
        and text with no translation is shown in the source language, marked [nb].

        Example:
          kartlegg survey show surveys/digital-intake.xml --language uk
        """
    )
  }

  let file: String
  let language: String?
  let resources: ResourceOptions
  let interface: InterfaceOptions
  let display: DisplayOptions

  init(reading line: CommandLineReader) throws {
    file = try line.argument("file", help: "The survey file.")
    language = line.option(
      "language", value: "code", help: "Language of the survey text (default: the survey's own).")
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
    display = DisplayOptions(reading: line)
  }

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    let bidi = try display.mode()
    let texts = try context.run {
      try ShowSurvey(context: context.app).run(file, language: language.map { LanguageCode($0) })
    }
    let outline = SurveyOutline(
      texts: texts, ui: context.ui, width: TerminalWidth.current(), bidi: bidi)
    StandardOutput.line(outline.rendered())
  }
}
