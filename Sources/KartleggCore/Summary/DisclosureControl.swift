/// Hides every count that could single out a person, and every count from which a hidden one
/// could be worked out (statistical disclosure control, *prikking*).
///
/// The rules, for a threshold k (the smallest count shown, at least 3):
/// 1. Primary suppression: every count from 1 to k − 1 is hidden, totals included. Zero is shown.
/// 2. In a yes-or-no table (``SummaryTable/Kind/multipleResponse``) a row is also hidden when the
///    participants *without* it number 1 to k − 1, since total minus count would show them.
/// 3. Secondary suppression in a partition, whose rows add up to the total: while a hidden row
///    could be worked out (fewer than two hidden rows, or the hidden rows' sum leaves each of them
///    less room than k), the smallest shown row is hidden too, non-zero rows first. A partition
///    with a single row hides the total with it. A hidden total needs no secondary suppression.
public struct DisclosureControl: Hashable, Sendable {
  /// The lowest threshold allowed: below it, a count of 1 or 2 can be told apart.
  public static let lowestThreshold = 3

  /// The smallest count shown.
  public let minimumCell: Int

  /// Creates the control for a threshold, or `nil` when the threshold is below
  /// ``lowestThreshold``.
  ///
  /// - Parameter minimumCell: The smallest count shown; at least ``lowestThreshold``.
  public init?(minimumCell: Int) {
    guard minimumCell >= Self.lowestThreshold else { return nil }
    self.minimumCell = minimumCell
  }

  /// No control: every count shown, for the programme's own staff (``SummaryAudience/internal``).
  public static let exact = DisclosureControl(exactly: ())

  private init(exactly: Void) {
    minimumCell = 1
  }

  /// Whether this control hides nothing.
  public var isExact: Bool { minimumCell <= 1 }

  /// Whether a count must be hidden on its own account.
  ///
  /// - Parameter count: An exact count.
  /// - Returns: Whether it is from 1 to the threshold minus one.
  public func isSmall(_ count: Int) -> Bool {
    count >= 1 && count < minimumCell
  }

  /// A single count, hidden when small.
  ///
  /// - Parameter count: An exact count.
  /// - Returns: The count as it may be shown.
  public func protect(_ count: Int) -> CellCount {
    isSmall(count) ? .hidden : .shown(count)
  }

  /// A table with every count protected.
  ///
  /// - Parameter table: Exact counts.
  /// - Returns: The table as it may be shown.
  public func protect(_ table: CountedTable) -> SummaryTable {
    let counts = table.rows.map(\.count)
    var hidden: [Bool]
    var totalHidden = isSmall(table.total)
    switch table.kind {
    case .multipleResponse:
      hidden = counts.map { isSmall($0) || isSmall(table.total - $0) }
    case .partition:
      hidden = counts.map(isSmall)
      if !totalHidden { totalHidden = secondarySuppression(counts, hidden: &hidden) }
    }
    let rows = zip(table.rows, hidden).map { row, isHidden in
      SummaryRow(key: row.key, label: row.label, count: isHidden ? .hidden : .shown(row.count))
    }
    return SummaryTable(
      id: table.id, title: table.title, kind: table.kind, rows: rows,
      total: totalHidden ? .hidden : .shown(table.total))
  }

  /// Hides further rows until no hidden row can be worked out from the total; returns whether
  /// the total must be hidden as well.
  private func secondarySuppression(_ counts: [Int], hidden: inout [Bool]) -> Bool {
    func isExposed() -> Bool {
      let hiddenCounts = counts.indices.filter { hidden[$0] }.map { counts[$0] }
      guard hiddenCounts.contains(where: { $0 > 0 }) else { return false }
      let sum = hiddenCounts.reduce(0, +)
      return hiddenCounts.count < 2 || sum - (hiddenCounts.count - 1) < minimumCell
    }
    while isExposed() {
      let candidates = counts.indices.filter { !hidden[$0] }
      guard
        let next = candidates.min(by: { left, right in
          (counts[left] == 0 ? 1 : 0, counts[left], left)
            < (counts[right] == 0 ? 1 : 0, counts[right], right)
        })
      else { return counts.count < 2 }
      hidden[next] = true
    }
    return false
  }
}
