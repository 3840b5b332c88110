import ArgumentParser
import Foundation
import KartleggStore

/// `kartlegg participants erase ID`: removes a person so nothing of them stays readable.
struct ParticipantsErase: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "erase",
    abstract: "Erase a participant: identity, answers and results; the audit log keeps the act.",
    discussion: """
      Asks for the id again to confirm, unless --yes. Afterwards nothing of the person remains
      readable in the database file (secure_delete, checkpoint and VACUUM); the audit log records
      who erased which pseudonymous id, and when.

      Example:
        kartlegg participants erase K7QM-3XPD
      """
  )

  @Argument(help: ArgumentHelp("The participant's id.", valueName: "id"))
  var id: String

  @ArgumentParser.Flag(help: "Do not ask for confirmation.")
  var yes = false

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

  func run() throws {
    let ui = try interface.text(root: try resources.root())
    let participant = PseudonymousID.normalised(id)
    let store = try database.open()
    if !yes {
      let console = StandardConsole()
      console.write(ui("participants.erase-confirm", participant.rawValue) + ": ")
      guard let typed = console.readLine(),
        PseudonymousID.normalised(typed.trimmingCharacters(in: .whitespaces)) == participant
      else {
        print(ui("participants.erase-cancelled"))
        throw ExitStatus.dataError
      }
    }
    do {
      guard try store.erase(participant, actor: Adviser.current) else {
        Diagnostics.error("error: " + ui("participants.unknown", id))
        throw ExitStatus.dataError
      }
      print(ui("participants.erased", participant.rawValue))
    } catch let exit as ExitCode {
      throw exit
    } catch {
      throw StoreFailure.exit(for: error)
    }
  }
}
