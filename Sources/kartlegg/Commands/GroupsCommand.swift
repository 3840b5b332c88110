import KartleggCommandLine

/// `kartlegg groups`: group a cohort.
struct GroupsCommand: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "groups",
      abstract: "Suggest, show, edit and accept groups for a cohort.",
      subcommands: [
        GroupsSuggest.self, GroupsShow.self, GroupsMove.self, GroupsPin.self, GroupsApart.self,
        GroupsSwap.self, GroupsAccept.self, GroupsSheet.self,
      ]
    )
  }

  init(reading _: CommandLineReader) {}
}
