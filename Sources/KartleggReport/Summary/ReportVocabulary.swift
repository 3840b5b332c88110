/// The fixed words of a cohort summary, in the reader's language. The executable fills them from
/// the interface translations; the renderers never hold text of their own.
///
/// Three words carry a placeholder the renderers fill in, in one pass (a filled-in value is never
/// scanned again, so a policy that contains `{1}` stays as it is):
///
/// - `{1}` in ``hiddenNote`` stands for the summary's `minimumCell`, the smallest count shown:
///   "Counts under {1} are hidden and shown as “:”."
/// - `{1}` in ``groupsAccepted`` and ``groupsSuggested`` stands for the grouping policy:
///   "Accepted groups (policy: {1})".
///
/// A word without its placeholder is shown unchanged. ``filled(_:number:text:)`` does the filling.
public struct ReportVocabulary: Hashable, Sendable {
  /// The document's title, such as "Cohort summary".
  public var title: String
  /// The word before the cohort's name, such as "Cohort".
  public var cohort: String
  /// The heading of the participant count.
  public var participants: String
  /// The heading of a table's total row.
  public var total: String
  /// The heading of the count column.
  public var count: String
  /// The mark a hidden count gets, such as ":".
  public var hiddenMark: String
  /// The note under every table with a hidden count; `{1}` stands for the threshold.
  public var hiddenNote: String
  /// The banner over a synthetic cohort.
  public var syntheticBanner: String
  /// The heading of the groups section.
  public var groups: String
  /// The line saying the groups are accepted; `{1}` stands for the policy.
  public var groupsAccepted: String
  /// The line saying the groups are a suggestion; `{1}` stands for the policy.
  public var groupsSuggested: String
  /// The line saying the cohort has no groups yet.
  public var noGroups: String
  /// The heading of a group's name column.
  public var groupName: String
  /// The heading of a group's size column.
  public var groupSize: String
  /// The heading of a group's profile column.
  public var groupProfile: String
  /// The heading of a group's channels column.
  public var groupChannels: String
  /// The heading of a group's interpreter column.
  public var groupInterpreters: String
  /// The warning at the top of an internal summary.
  public var internalBanner = ""
  /// "Made {1}": when the summary was made.
  public var madeAt = ""
  /// "Survey: {1}": the survey and its version.
  public var surveyLine = ""
  /// The overview's heading.
  public var overview = ""
  /// The heading of the full tables after the overview.
  public var details = ""
  /// "% of {1}": the base of a table's percentages.
  public var percentBase = ""
  /// The line explaining `†`.
  public var reviewLegend = ""
  /// "Not placed": the participants in no group.
  public var unplaced = ""

  /// Creates a vocabulary.
  ///
  /// - Parameters:
  ///   - title: The document's title.
  ///   - cohort: The word before the cohort's name.
  ///   - participants: The heading of the participant count.
  ///   - total: The heading of a total row.
  ///   - count: The heading of the count column.
  ///   - hiddenMark: The mark of a hidden count.
  ///   - hiddenNote: The note under tables with hidden counts.
  ///   - syntheticBanner: The banner over synthetic data.
  ///   - groups: The groups heading.
  ///   - groupsAccepted: The accepted-plan line.
  ///   - groupsSuggested: The suggested-plan line.
  ///   - noGroups: The no-groups line.
  ///   - groupName: The name column.
  ///   - groupSize: The size column.
  ///   - groupProfile: The profile column.
  ///   - groupChannels: The channels column.
  ///   - groupInterpreters: The interpreter column.
  public init(
    title: String, cohort: String, participants: String, total: String, count: String,
    hiddenMark: String, hiddenNote: String, syntheticBanner: String, groups: String,
    groupsAccepted: String, groupsSuggested: String, noGroups: String, groupName: String,
    groupSize: String, groupProfile: String, groupChannels: String, groupInterpreters: String
  ) {
    self.title = title
    self.cohort = cohort
    self.participants = participants
    self.total = total
    self.count = count
    self.hiddenMark = hiddenMark
    self.hiddenNote = hiddenNote
    self.syntheticBanner = syntheticBanner
    self.groups = groups
    self.groupsAccepted = groupsAccepted
    self.groupsSuggested = groupsSuggested
    self.noGroups = noGroups
    self.groupName = groupName
    self.groupSize = groupSize
    self.groupProfile = groupProfile
    self.groupChannels = groupChannels
    self.groupInterpreters = groupInterpreters
  }
}
