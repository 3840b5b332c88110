import ArgumentParser

/// `kartlegg groups`: group a cohort.
struct GroupsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "groups",
    abstract: "Suggest groups for a cohort.",
    subcommands: [GroupsSuggest.self]
  )
}
