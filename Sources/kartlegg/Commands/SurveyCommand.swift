import ArgumentParser

/// `kartlegg survey`: work with survey definitions.
struct SurveyCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "survey",
      abstract: HelpText.text("Check and show survey definitions."),
      subcommands: [SurveyCheck.self, SurveyShow.self]
    )
  }
}
