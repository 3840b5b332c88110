/// The intake lifecycle: how far a participant's intake has come. kartlegg's one enum for it,
/// stored with each intake and counted in the summary.
public enum IntakeStatus: String, Hashable, Sendable, CaseIterable {
  /// Registered, no intake yet (a participant's status only; no stored intake has it).
  case notStarted = "not-started"
  /// Questions remain.
  case inProgress = "in-progress"
  /// Every question that applies is answered or skipped; the result awaits the adviser.
  case answered
  /// The adviser accepted the result, with or without overrides.
  case complete
  /// Stopped before the survey could start: the participant has not been informed about what is
  /// stored (a survey's ``IntakeStop``). Not assessed and never grouped; an action for the
  /// adviser, who informs them and continues the intake.
  case notInformed = "not-informed"
}
