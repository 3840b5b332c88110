/// Who a survey text is written for (like XLSForm's hint and guidance hint).
public enum TextAudience: String, Hashable, Sendable, CaseIterable {
  /// The adviser and the participant: shown in both languages during an intake.
  case everyone
  /// The adviser only (`audience="adviser"`): never shown on the participant's line.
  case adviser
}
