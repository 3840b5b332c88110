import Foundation
import KartleggApp
import KartleggCommandLine
import KartleggStore
import KartleggTerminal

/// `kartlegg participants erase ID`: removes a person so nothing of them stays readable.
struct ParticipantsErase: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "erase",
      abstract: "Erase a participant: identity, answers and results; the audit log keeps the act.",
      discussion: """
        Asks for the id again to confirm, unless --yes. Afterwards nothing of the person remains
        readable in the database file (secure_delete, checkpoint and VACUUM); the audit log records
        who erased which pseudonymous id, and when, but no longer which questions were answered.
        While another program holds a read open, the erasure is recorded but the old data stays in
        the file: the command then exits 75, and the next kartlegg command finishes it.

        Example:
          kartlegg participants erase K7QM-3XPD
        """
    )
  }

  let id: String
  let yes: Bool
  let database: DatabaseOptions
  let resources: ResourceOptions
  let interface: InterfaceOptions

  init(reading line: CommandLineReader) throws {
    id = try line.argument("id", help: "The participant's id.")
    yes = line.flag("yes", help: "Do not ask for confirmation.")
    database = DatabaseOptions(reading: line)
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
  }

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    let participant = PseudonymousID.normalised(id)
    let store = try database.open(context: context)
    if !yes {
      let console = StandardConsole()
      console.write(context.ui("participants.erase-confirm", participant.rawValue) + ": ")
      guard let typed = console.readLine(),
        PseudonymousID.normalised(typed.trimmingCharacters(in: .whitespaces)) == participant
      else {
        StandardOutput.line(context.ui("participants.erase-cancelled"))
        throw ExitCode(ExitStatus.dataError.rawValue)
      }
    }
    try context.run { try EraseParticipant(context: context.app, store: store).run(participant) }
    StandardOutput.line(context.ui("participants.erased", participant.rawValue))
  }
}
