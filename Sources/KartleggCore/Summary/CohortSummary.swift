/// A count in a cohort summary, or the fact that disclosure control hides it.
public enum CellCount: Hashable, Sendable {
  /// The count may be shown.
  case shown(Int)
  /// The count is hidden: it is small, or it would let a small count be worked out.
  case hidden

  /// The count, when shown.
  public var value: Int? {
    if case .shown(let count) = self { return count }
    return nil
  }
}

/// One line of a summary table: a category and how many participants are in it.
public struct SummaryRow: Hashable, Sendable {
  /// The category's stable key: a level id, flag id, channel id, language code, option value,
  /// or one of the keys the statistics define (such as `not-recorded`).
  public var key: String
  /// The category for people, in the reader's language.
  public var label: String
  /// How many participants are in it.
  public var count: CellCount

  /// Creates a row.
  ///
  /// - Parameters:
  ///   - key: The stable key.
  ///   - label: The label for people.
  ///   - count: The count.
  public init(key: String, label: String, count: CellCount) {
    self.key = key
    self.label = label
    self.count = count
  }
}

/// One table of a cohort summary: categories of one population.
public struct SummaryTable: Hashable, Sendable {
  /// How the rows relate to the population.
  public enum Kind: String, Hashable, Sendable {
    /// Every participant of the population is in exactly one row; the rows add up to the total.
    case partition
    /// Each row is a yes-or-no figure of its own; a participant may count in several rows.
    case multipleResponse = "multiple-response"
  }

  /// The table's stable id, such as `levels.overall` or `flags`.
  public var id: String
  /// The title for people, in the reader's language.
  public var title: String
  /// How the rows relate to the population.
  public var kind: Kind
  /// The rows, in the survey's order.
  public var rows: [SummaryRow]
  /// The size of the population the table describes.
  public var total: CellCount

  /// Creates a table.
  ///
  /// - Parameters:
  ///   - id: The stable id.
  ///   - title: The title for people.
  ///   - kind: How rows relate to the population.
  ///   - rows: The rows.
  ///   - total: The population's size.
  public init(id: String, title: String, kind: Kind, rows: [SummaryRow], total: CellCount) {
    self.id = id
    self.title = title
    self.kind = kind
    self.rows = rows
    self.total = total
  }
}

/// One group of the cohort's plan, as the summary shows it.
public struct GroupOverview: Hashable, Sendable {
  /// The group's name.
  public var name: String
  /// How many members it has.
  public var size: CellCount
  /// What the group shares (industry, goal, level range), for people.
  public var profile: [String]
  /// The channels that reach the whole group, for people.
  public var channels: [String]
  /// The interpreter languages the group needs, for people.
  public var interpreterLanguages: [String]

  /// Creates a group overview.
  ///
  /// - Parameters:
  ///   - name: The name.
  ///   - size: The size.
  ///   - profile: What the group shares.
  ///   - channels: The group channels.
  ///   - interpreterLanguages: The interpreter languages needed.
  public init(
    name: String, size: CellCount, profile: [String], channels: [String],
    interpreterLanguages: [String]
  ) {
    self.name = name
    self.size = size
    self.profile = profile
    self.channels = channels
    self.interpreterLanguages = interpreterLanguages
  }
}

/// The cohort's groups: the accepted plan, or the suggestion when none is accepted yet.
public struct GroupsSection: Hashable, Sendable {
  /// Whether the leader sees an accepted plan or a suggestion.
  public enum State: String, Hashable, Sendable {
    /// Advisers accepted the plan.
    case accepted
    /// A suggestion not yet accepted.
    case suggested
  }

  /// Whether the plan is accepted.
  public var state: State
  /// The grouping policy, for people.
  public var policy: String
  /// The groups.
  public var groups: [GroupOverview]
  /// The cohort's participants in no group, by why: `not-informed`, `not-assessed` (intake
  /// not started or in progress) and `other` (assessed after the plan was made, or left out by
  /// the survey's grouping condition).
  public var unplaced: [SummaryRow] = []

  /// Creates a groups section.
  ///
  /// - Parameters:
  ///   - state: Accepted or suggested.
  ///   - policy: The policy, for people.
  ///   - groups: The groups.
  public init(state: State, policy: String, groups: [GroupOverview]) {
    self.state = state
    self.policy = policy
    self.groups = groups
  }
}

/// What the leader (fagleder) reads about a cohort: exact for the programme's own staff, or
/// with every small count hidden for sharing.
public struct CohortSummary: Hashable, Sendable {
  /// The cohort's name.
  public var cohort: String
  /// Who the summary is for.
  public var audience: SummaryAudience = .shared
  /// When it was made: ISO 8601 in the local time zone, with its offset (for machines).
  public var madeAt = ""
  /// When it was made, for people: local date and time with the offset.
  public var madeAtText = ""
  /// The survey its tables follow: title and version, for people.
  public var survey = ""
  /// The overview, first in every format: statuses with the actions they call for, levels,
  /// the top needs, interpreter bookings (internal only) and channel reach.
  public var overview: [SummaryTable] = []
  /// Whether the cohort holds synthetic participants (demo data).
  public var isSynthetic: Bool
  /// The smallest count shown; counts from 1 to this minus one are hidden.
  public var minimumCell: Int
  /// How many participants the cohort has.
  public var participants: CellCount
  /// The tables, in reading order.
  public var tables: [SummaryTable]
  /// The groups, when the cohort has a plan.
  public var groups: GroupsSection?

  /// Creates a summary.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - isSynthetic: Whether it is synthetic.
  ///   - minimumCell: The smallest count shown.
  ///   - participants: The number of participants.
  ///   - tables: The tables.
  ///   - groups: The groups, if any.
  public init(
    cohort: String, isSynthetic: Bool, minimumCell: Int, participants: CellCount,
    tables: [SummaryTable], groups: GroupsSection?
  ) {
    self.cohort = cohort
    self.isSynthetic = isSynthetic
    self.minimumCell = minimumCell
    self.participants = participants
    self.tables = tables
    self.groups = groups
  }
}
