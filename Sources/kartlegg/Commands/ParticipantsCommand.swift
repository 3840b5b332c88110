import KartleggCommandLine

/// `kartlegg participants`: list, show, export and erase stored participants.
struct ParticipantsCommand: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "participants",
      abstract: "List, show, export or erase stored participants.",
      subcommands: [
        ParticipantsList.self, ParticipantsShow.self, ParticipantsExport.self,
        ParticipantsEdit.self, ParticipantsErase.self, ParticipantsSheet.self,
      ]
    )
  }

  init(reading _: CommandLineReader) {}
}
