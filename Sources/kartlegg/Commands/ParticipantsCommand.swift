import ArgumentParser

/// `kartlegg participants`: list, show, export and erase stored participants.
struct ParticipantsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "participants",
      abstract: HelpText.text("List, show, export or erase stored participants."),
      subcommands: [
        ParticipantsList.self, ParticipantsShow.self, ParticipantsExport.self,
        ParticipantsEdit.self, ParticipantsErase.self, ParticipantsSheet.self,
      ]
    )
  }
}
