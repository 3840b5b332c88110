/// Who a cohort summary is for, which decides whether small counts are shown.
public enum SummaryAudience: String, Hashable, Sendable, CaseIterable {
  /// The programme's own staff, planning for real people (booking interpreters, lending
  /// devices): exact counts, and a warning at the top not to share it. Each run is audit-logged.
  case `internal`
  /// Anyone outside the programme: small counts hidden (``DisclosureControl``), categories from
  /// the survey only, and every release recorded and compared with the earlier ones
  /// (``PopulationDifference``).
  case shared
}
