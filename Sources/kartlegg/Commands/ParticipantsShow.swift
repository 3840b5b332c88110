import ArgumentParser
import KartleggStore
import KartleggTerminal

/// `kartlegg participants show ID`: one participant's registration, intakes and results.
struct ParticipantsShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show one participant: registration, intakes, result and overrides.",
    discussion: """
      Example:
        kartlegg participants show K7QM-3XPD
      """
  )

  @Argument(help: ArgumentHelp("The participant's id.", valueName: "id"))
  var id: String

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

  func run() throws {
    let files = try SurveyFiles(resources: resources)
    let ui = try interface.text(root: files.root)
    let store = try database.open()
    do {
      guard
        let export = try store.export(PseudonymousID.normalised(id), actor: Adviser.current)
      else {
        Diagnostics.error("error: " + ui("participants.unknown", id))
        throw ExitStatus.dataError
      }
      print("\(export.id)  \(TerminalText.escaped(export.name ?? ""))")
      print("  " + ui("participants.cohort") + ": " + TerminalText.escaped(export.cohort))
      if let programme = export.programme {
        print("  " + ui("participants.programme") + ": " + programme)
      }
      print("  " + ui("participants.registered") + ": " + export.registeredAt.formatted(.iso8601))
      for entry in export.intakes {
        let intake = entry.intake
        print(
          "  "
            + ui(
              "participants.intake-line", String(intake.id), intake.surveyID.rawValue,
              intake.surveyVersion, intake.language.rawValue,
              ui("participants.status.\(intake.status.rawValue)"),
              String(entry.answers.answers.count)))
        guard let result = entry.result else { continue }
        let parts = try ResultParts.labelled(
          result, surveyHash: intake.surveyHash, store: store, files: files, ui: ui)
        for part in parts where part.value != nil {
          print("    \(part.label): \(part.valueLabel)")
        }
        for override in result.overrides {
          let label = parts.first { $0.name == override.part.description }?.label
          print(
            "    "
              + TerminalText.safe(
                ui(
                  "intake.override-line", label ?? override.part.description, override.chosen,
                  TerminalText.escaped(override.reason))))
        }
      }
    } catch let exit as ExitCode {
      throw exit
    } catch {
      throw StoreFailure.exit(for: error)
    }
  }
}
