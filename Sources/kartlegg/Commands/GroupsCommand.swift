import ArgumentParser

/// `kartlegg groups`: group a cohort.
struct GroupsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "groups",
    abstract: "Suggest, show, edit and accept groups for a cohort.",
    subcommands: [
      GroupsSuggest.self, GroupsShow.self, GroupsMove.self, GroupsPin.self, GroupsApart.self,
      GroupsSwap.self, GroupsAccept.self, GroupsSheet.self,
    ]
  )
}
