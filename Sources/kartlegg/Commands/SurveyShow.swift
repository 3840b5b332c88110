import ArgumentParser

/// `kartlegg survey show FILE`: an outline of a survey.
struct SurveyShow: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "show", abstract: "Outline a survey.")
  @Argument var file: String
  func run() throws {}
}
