import KartleggCore
import KartleggReport

/// Summaries and words built by hand for the renderer tests.
enum Samples {
  static let vocabulary: ReportVocabulary = {
    var words = ReportVocabulary(
      title: "Cohort summary", cohort: "Cohort", participants: "Participants", total: "Total",
      count: "Count", hiddenMark: ":", hiddenNote: "Counts under {1} are hidden (:).",
      syntheticBanner: "Synthetic data: not real people.", groups: "Groups",
      groupsAccepted: "Accepted groups (policy: {1})",
      groupsSuggested: "Suggested groups (policy: {1})", noGroups: "No groups yet.",
      groupName: "Group", groupSize: "Size", groupProfile: "Profile", groupChannels: "Channels",
      groupInterpreters: "Interpreters")
    words.internalBanner = "Internal: do not share."
    words.madeAt = "Made {1}"
    words.surveyLine = "Survey: {1}"
    words.overview = "Overview"
    words.details = "All tables"
    words.percentBase = "% of {1}"
    words.reviewLegend = "† not yet reviewed"
    return words
  }()

  static let levels = SummaryTable(
    id: "levels.overall", title: "Level", kind: .partition,
    rows: [
      SummaryRow(key: "beginner", label: "Beginner", count: .shown(20)),
      SummaryRow(key: "some", label: "Some experience", count: .hidden),
      SummaryRow(key: "experienced", label: "Experienced", count: .hidden),
    ],
    total: .shown(42))

  static let flags = SummaryTable(
    id: "flags", title: "Access", kind: .multipleResponse,
    rows: [
      SummaryRow(key: "no-home-internet", label: "No home internet", count: .shown(8)),
      SummaryRow(key: "no-pc", label: "No PC", count: .shown(16)),
    ],
    total: .shown(42))

  static let groups = GroupsSection(
    state: .suggested, policy: "level and industry",
    groups: [
      GroupOverview(
        name: "Care A", size: .shown(12), profile: ["Beginner", "Care"], channels: ["WhatsApp"],
        interpreterLanguages: ["Arabic"]),
      GroupOverview(
        name: "Logistics", size: .hidden, profile: ["Some experience"],
        channels: ["Teams", "WhatsApp"], interpreterLanguages: []),
    ])

  static let small: CohortSummary = {
    var summary = CohortSummary(
      cohort: "Høst 2025", isSynthetic: true, minimumCell: 5, participants: .shown(42),
      tables: [levels, flags], groups: groups)
    summary.madeAtText = "2025-09-01 09:00 +02:00"
    summary.survey = "Digital intake (1.0)"
    summary.overview = [levels]
    return summary
  }()

  /// Labels wider than any terminal: Arabic, Tigrinya, Chinese, and one unbroken word.
  static let longLabels = [
    "لا يوجد اتصال بالإنترنت في المنزل ولا توجد بيانات جوال كافية للدروس عبر الإنترنت",
    "ኣብ ገዛ ኢንተርነት የለን፣ ናይ ሞባይል ዳታ ድማ ንትምህርቲ ኣይኣክልን እዩ ዝብሉ ተሳተፍቲ",
    "家里没有网络，手机流量也不够上网课的参与者人数统计以及其他相关信息说明",
    "Superlongwordwithoutanyspacethatcannotbewrappedatawordboundaryatallever",
  ]

  /// A summary whose labels, title, cohort and group texts are all long.
  static let wide = CohortSummary(
    cohort: longLabels[0], isSynthetic: true, minimumCell: 5, participants: .shown(120),
    tables: [
      SummaryTable(
        id: "flags", title: longLabels[2], kind: .multipleResponse,
        rows: longLabels.enumerated().map { index, label in
          SummaryRow(
            key: "k\(index)", label: label, count: index == 1 ? .hidden : .shown(index * 7))
        } + [SummaryRow(key: "hidden-x", label: "X", count: .hidden)],
        total: .shown(120))
    ],
    groups: GroupsSection(
      state: .accepted, policy: longLabels[1],
      groups: [
        GroupOverview(
          name: longLabels[3], size: .shown(30), profile: longLabels, channels: longLabels,
          interpreterLanguages: longLabels)
      ]))
}
