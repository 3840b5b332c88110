import KartleggCommandLine

/// `kartlegg survey`: work with survey definitions.
struct SurveyCommand: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "survey",
      abstract: "Check and show survey definitions.",
      subcommands: [SurveyCheck.self, SurveyShow.self]
    )
  }

  init(reading _: CommandLineReader) {}
}
