import KartleggCore
import KartleggStore
import KartleggTerminal

/// One participant for the adviser: registration, intakes, result parts and overrides.
public struct ParticipantText {
  let ui: InterfaceText

  /// Creates the text.
  ///
  /// - Parameter ui: The adviser's interface.
  public init(ui: InterfaceText) {
    self.ui = ui
  }

  /// The text.
  ///
  /// - Parameters:
  ///   - export: Everything stored about the participant.
  ///   - parts: Per intake, the result's parts labelled (empty when not assessed).
  /// - Returns: The lines joined with newlines.
  public func rendered(_ export: ParticipantExport, parts: [[ReviewPart]]) -> String {
    var lines = ["\(export.id)  \(export.name ?? "")"]
    lines.append("  " + ui("participants.cohort") + ": " + export.cohort)
    if let programme = export.programme {
      lines.append("  " + ui("participants.programme") + ": " + programme)
    }
    lines.append("  " + ui("participants.registered") + ": " + LocalTime.text(export.registeredAt))
    for (entry, labelled) in zip(export.intakes, parts) {
      let intake = entry.intake
      lines.append(
        "  "
          + ui(
            "participants.intake-line", String(intake.id), intake.surveyID.rawValue,
            intake.surveyVersion, intake.language.rawValue,
            ui("participants.status.\(intake.status.rawValue)"),
            String(entry.answers.answers.count)))
      guard let result = entry.result else { continue }
      for part in labelled where part.value != nil {
        lines.append("    \(part.label): \(part.valueLabel)")
      }
      for override in result.overrides {
        let label = labelled.first { $0.name == override.part.description }?.label
        lines.append(
          "    "
            + ui(
              "intake.override-line", label ?? override.part.description, override.chosen,
              override.reason))
      }
    }
    return lines.map(TerminalText.safe).joined(separator: "\n")
  }
}
