import ArgumentParser

/// `kartlegg database`: set up a shared PostgreSQL database.
struct DatabaseCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "database",
      abstract: HelpText.text(
        "Set up a shared PostgreSQL database: roles, and copying to and from SQLite."),
      subcommands: [DatabaseInitRoles.self, DatabaseCopyCommand.self]
    )
  }
}
