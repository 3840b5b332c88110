import ArgumentParser
import KartleggStore

/// `kartlegg participants export ID`: everything stored about one person, as JSON.
struct ParticipantsExport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Print everything stored about one participant as JSON (for an access request).",
    discussion: """
      The format is kartlegg.participant-export/1 (docs/storage.md). The export is audit-logged.

      Example:
        kartlegg participants export K7QM-3XPD > K7QM-3XPD.json
      """
  )

  @Argument(help: ArgumentHelp("The participant's id.", valueName: "id"))
  var id: String

  @OptionGroup var database: DatabaseOptions

  func run() throws {
    let store = try database.open()
    do {
      guard
        let export = try store.export(PseudonymousID.normalised(id), actor: Adviser.current)
      else {
        Diagnostics.error("error: no participant '\(id)'")
        throw ExitStatus.dataError
      }
      print(try ParticipantExportJSON(export).encoded())
    } catch let exit as ExitCode {
      throw exit
    } catch {
      throw StoreFailure.exit(for: error)
    }
  }
}
