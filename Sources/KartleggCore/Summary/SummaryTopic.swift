/// What a summary table is about. Its ``id`` is the table's stable id in every output format.
public enum SummaryTopic: Hashable, Sendable {
  /// Participants by the stage of their latest intake (`participants.status`).
  case participantsStatus
  /// Assessed participants by overall level (`levels.overall`).
  case overallLevels
  /// Assessed participants by level in one dimension (`levels.dimension.<id>`).
  case dimensionLevels(DimensionID)
  /// Device, access and support needs: assessed participants with each flag (`flags`).
  case flags
  /// Assessed participants by recommended channel (`channels`).
  case channels
  /// Assessed participants by interpreter need (`interpreter.need`).
  case interpreterNeed
  /// Participants needing an interpreter, by language (`interpreter.language`).
  case interpreterLanguage
  /// Participants needing an interpreter, by mode (`interpreter.mode`).
  case interpreterMode
  /// Assessed participants by their answer to a tabulated question (`answers.<question>`).
  case answers(QuestionID)
  /// Assessed participants with an adviser override of each part (`overrides`).
  case overrides
  /// Participants needing an interpreter, by language and mode together
  /// (`interpreter.bookings`; keys `language/mode`).
  case interpreterBookings
  /// Assessed participants each channel can reach, not only as their first choice
  /// (`channels.reach`).
  case channelReach
  /// The things to do about the cohort's intakes: not informed, awaiting review, in progress,
  /// not started (`participants.actions`).
  case actions
  /// The most common device, access and support needs (`flags.top`).
  case topNeeds

  /// The stable table id.
  public var id: String {
    switch self {
    case .participantsStatus: return "participants.status"
    case .overallLevels: return "levels.overall"
    case .dimensionLevels(let dimension): return "levels.dimension.\(dimension)"
    case .flags: return "flags"
    case .channels: return "channels"
    case .interpreterNeed: return "interpreter.need"
    case .interpreterLanguage: return "interpreter.language"
    case .interpreterMode: return "interpreter.mode"
    case .answers(let question): return "answers.\(question)"
    case .overrides: return "overrides"
    case .interpreterBookings: return "interpreter.bookings"
    case .channelReach: return "channels.reach"
    case .actions: return "participants.actions"
    case .topNeeds: return "flags.top"
    }
  }
}

/// The words a summary shows, in the reader's language: table titles and category labels.
/// Core holds no interface text; the executable supplies this from its translations.
public protocol SummaryLabelling: Sendable {
  /// A table's title.
  ///
  /// - Parameter topic: What the table is about.
  /// - Returns: The title for people.
  func title(of topic: SummaryTopic) -> String

  /// A category's label.
  ///
  /// - Parameters:
  ///   - key: The row's key: a stage, level, flag, channel, need or mode value, language code,
  ///     option value, part name (``AssessedPart/description``), or
  ///     ``CohortStatistics/notRecordedKey``.
  ///   - topic: The table it is in.
  /// - Returns: The label for people.
  func label(of key: String, in topic: SummaryTopic) -> String
}
