import KartleggCore
import KartleggStore
import KartleggTerminal

/// The participant list as a table: id, cohort, intake status, level, and the name when asked.
public struct ParticipantsTable {
  /// One row.
  public struct Row: Sendable {
    /// The participant.
    public var participant: ParticipantSummary
    /// The level in force, labelled; `nil` when not assessed.
    public var levelLabel: String?

    /// Creates a row.
    ///
    /// - Parameters:
    ///   - participant: The participant.
    ///   - levelLabel: The level in force, labelled.
    public init(participant: ParticipantSummary, levelLabel: String?) {
      self.participant = participant
      self.levelLabel = levelLabel
    }
  }

  let ui: InterfaceText
  let names: Bool

  /// Creates the table.
  ///
  /// - Parameters:
  ///   - ui: The adviser's interface.
  ///   - names: Whether to show names.
  public init(ui: InterfaceText, names: Bool) {
    self.ui = ui
    self.names = names
  }

  /// The table.
  ///
  /// - Parameter rows: The participants with their level labels.
  /// - Returns: The text.
  public func rendered(_ rows: [Row]) -> String {
    var table = TextTable(
      header: [
        ui("participants.id"), ui("participants.cohort"), ui("participants.status"),
        ui("participants.level"),
      ] + (names ? [ui("participants.name")] : []))
    for row in rows {
      let participant = row.participant
      table.rows.append(
        [
          participant.id.rawValue, participant.cohort,
          participant.status.map { ui("participants.status.\($0.rawValue)") } ?? "–",
          row.levelLabel ?? "–",
        ] + (names ? [participant.name ?? ""] : []))
    }
    return table.rendered(indent: "")
  }
}
