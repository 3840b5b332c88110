import ArgumentParser

/// `kartlegg locales`: work with translations.
struct LocalesCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "locales",
      abstract: HelpText.text(
        "Check translation coverage and review state, and update translation files."),
      subcommands: [LocalesCheck.self, LocalesUpdate.self]
    )
  }
}
