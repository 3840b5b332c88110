import ArgumentParser
import Foundation
import KartleggApp
import KartleggStore
import KartleggTerminal

/// `kartlegg participants erase ID`: removes a person so nothing of them stays readable.
struct ParticipantsErase: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "erase",
      abstract: HelpText.text(
        "Erase a participant: identity, answers and results; the audit log keeps the act."),
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

  @Argument(help: ArgumentHelp("The participant's id.", valueName: "id"))
  var id: String

  @ArgumentParser.Flag(help: "Do not ask for confirmation.")
  var yes = false

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

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
