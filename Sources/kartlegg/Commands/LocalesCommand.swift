import KartleggCommandLine

/// `kartlegg locales`: work with translations.
struct LocalesCommand: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "locales",
      abstract: "Check translation coverage and review state, and update translation files.",
      subcommands: [LocalesCheck.self, LocalesUpdate.self]
    )
  }

  init(reading _: CommandLineReader) {}
}
