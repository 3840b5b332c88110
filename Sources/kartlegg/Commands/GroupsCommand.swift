import ArgumentParser

/// `kartlegg groups`: group a cohort.
struct GroupsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "groups",
      abstract: HelpText.text("Suggest, show, edit and accept groups for a cohort."),
      subcommands: [
        GroupsSuggest.self, GroupsShow.self, GroupsMove.self, GroupsPin.self, GroupsApart.self,
        GroupsSwap.self, GroupsAccept.self, GroupsSheet.self,
      ]
    )
  }
}
