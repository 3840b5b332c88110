/// Protection for tables whose figures reappear in other tables of the same summary: a part's
/// size shown as another table's total must not let a hidden cell be worked out.
extension DisclosureControl {
  /// A partition whose rows fall into parts, each part's size being published elsewhere (as
  /// another table's total): each part is protected as a partition of its own, and the table's
  /// total is hidden when any part's size is.
  ///
  /// Protecting the whole table at once could hide one row in each part, and then a part's
  /// published size would give its hidden row away.
  ///
  /// - Parameters:
  ///   - table: A partition; every row's key belongs to one part.
  ///   - parts: The parts, as sets of row keys.
  /// - Returns: The table as it may be shown.
  public func protect(_ table: CountedTable, splitInto parts: [Set<String>]) -> SummaryTable {
    var counts: [String: CellCount] = [:]
    var totalHidden = isSmall(table.total)
    for part in parts {
      let rows = table.rows.filter { part.contains($0.key) }
      let protected = protect(
        CountedTable(
          id: table.id, title: table.title, kind: .partition, rows: rows,
          total: rows.reduce(0) { $0 + $1.count }))
      if protected.total == .hidden { totalHidden = true }
      for row in protected.rows { counts[row.key] = row.count }
    }
    let rows = table.rows.map { row in
      SummaryRow(key: row.key, label: row.label, count: counts[row.key] ?? .hidden)
    }
    return SummaryTable(
      id: table.id, title: table.title, kind: table.kind, rows: rows,
      total: totalHidden ? .hidden : .shown(table.total))
  }

  /// A table with every count hidden, its total included: for a table over a population whose
  /// size another table hides.
  ///
  /// - Parameter table: Exact counts.
  /// - Returns: The table with nothing shown.
  public func hideWhole(_ table: CountedTable) -> SummaryTable {
    SummaryTable(
      id: table.id, title: table.title, kind: table.kind,
      rows: table.rows.map { SummaryRow(key: $0.key, label: $0.label, count: .hidden) },
      total: .hidden)
  }
}
