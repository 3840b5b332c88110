import KartleggCommandLine

/// `kartlegg database`: set up a shared PostgreSQL database.
struct DatabaseCommand: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "database",
      abstract: "Set up a shared PostgreSQL database: roles, and copying to and from SQLite.",
      subcommands: [DatabaseInitRoles.self, DatabaseCopyCommand.self]
    )
  }

  init(reading _: CommandLineReader) {}
}
