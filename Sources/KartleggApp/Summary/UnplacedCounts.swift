import KartleggCore
import KartleggReport

/// Who of a cohort is in no group of its plan, and why, counted for the summary.
///
/// The not-informed and not-assessed counts are taken from the status table as protected, so a
/// shared summary never shows here what it hides there; when any of the three is hidden, all are.
enum UnplacedCounts {
  static func rows(
    summary: CohortSummary, placed: Int, control: DisclosureControl, ui: InterfaceText
  ) -> [SummaryRow] {
    let status = summary.tables.first { $0.id == SummaryTopic.participantsStatus.id }
    func count(_ stage: IntakeStatus) -> CellCount {
      status?.rows.first { $0.key == stage.rawValue }?.count ?? .hidden
    }
    let notInformed = count(.notInformed)
    let started = [count(.notStarted), count(.inProgress)]
    let notAssessed: CellCount =
      started.contains(.hidden) ? .hidden : .shown(started.compactMap(\.value).reduce(0, +))
    var other = CellCount.hidden
    if let total = summary.participants.value, let informed = notInformed.value,
      let assessed = notAssessed.value
    {
      other = control.protect(max(0, total - placed - informed - assessed))
    }
    var counts = [notInformed, notAssessed, other]
    if counts.contains(.hidden) { counts = counts.map { _ in .hidden } }
    let keys = ["not-informed", "not-assessed", "other"]
    return zip(keys, counts).map { key, count in
      SummaryRow(key: key, label: ui("summary.unplaced.\(key)"), count: count)
    }
  }
}
