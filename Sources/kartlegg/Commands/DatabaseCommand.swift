import ArgumentParser

/// `kartlegg database`: set up a shared PostgreSQL database.
struct DatabaseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "database",
    abstract: "Set up a shared PostgreSQL database (roles).",
    subcommands: [DatabaseInitRoles.self]
  )
}
