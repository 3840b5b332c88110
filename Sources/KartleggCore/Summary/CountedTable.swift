/// A summary table before disclosure control: exact counts.
public struct CountedTable: Hashable, Sendable {
  /// One category and its exact count.
  public struct Row: Hashable, Sendable {
    /// The stable key.
    public var key: String
    /// The label for people.
    public var label: String
    /// The exact count.
    public var count: Int

    /// Creates a row.
    ///
    /// - Parameters:
    ///   - key: The stable key.
    ///   - label: The label for people.
    ///   - count: The exact count.
    public init(key: String, label: String, count: Int) {
      self.key = key
      self.label = label
      self.count = count
    }
  }

  /// The table's stable id.
  public var id: String
  /// The title for people.
  public var title: String
  /// How the rows relate to the population.
  public var kind: SummaryTable.Kind
  /// The rows.
  public var rows: [Row]
  /// The population's exact size.
  public var total: Int

  /// Creates a table of exact counts.
  ///
  /// - Parameters:
  ///   - id: The stable id.
  ///   - title: The title for people.
  ///   - kind: How rows relate to the population; for a partition the rows must add up to the
  ///     total.
  ///   - rows: The rows.
  ///   - total: The population's size.
  public init(id: String, title: String, kind: SummaryTable.Kind, rows: [Row], total: Int) {
    self.id = id
    self.title = title
    self.kind = kind
    self.rows = rows
    self.total = total
  }
}
