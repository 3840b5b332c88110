/// Turns a cohort's exact counts into the tables of its summary, then hides what could single
/// out a person.
///
/// Which tables there are comes from the survey: its levels, dimensions, flags, channels and
/// `<summary>` tabulations. Every partition gets a ``notRecordedKey`` row for the participants
/// without a value, so its rows add up to its total.
public struct CohortStatistics: Sendable {
  /// The key of the row counting participants without a value.
  public static let notRecordedKey = "not-recorded"

  /// The intake stages before and after assessment: the second part's size is the total of
  /// every table over assessed participants.
  static let stageParts: [Set<String>] = [
    [
      IntakeStatus.notStarted.rawValue, IntakeStatus.inProgress.rawValue,
      IntakeStatus.notInformed.rawValue,
    ],
    [IntakeStatus.answered.rawValue, IntakeStatus.complete.rawValue],
  ]

  /// The survey that decides the tables and their row order.
  public let survey: Survey
  /// The words of the tables.
  public let labelling: any SummaryLabelling

  /// Creates the statistics for a survey.
  ///
  /// - Parameters:
  ///   - survey: The survey the cohort was assessed with.
  ///   - labelling: Titles and labels in the reader's language.
  public init(survey: Survey, labelling: any SummaryLabelling) {
    self.survey = survey
    self.labelling = labelling
  }

  /// The key of the row that gathers the languages too rare to show on their own in a shared
  /// summary.
  public static let otherKey = "other"

  /// The tables with exact counts, in reading order.
  ///
  /// - Parameters:
  ///   - tally: The cohort's counts.
  ///   - rareBelow: For a shared summary, the threshold: a language with fewer participants
  ///     (none included) is counted in an ``otherKey`` row instead of its own, so which language
  ///     rows exist never depends on a handful of people. `nil` lists every language present.
  /// - Returns: One table per topic.
  public func countedTables(_ tally: CohortTally, rareBelow: Int? = nil) -> [CountedTable] {
    let levels = survey.levels.map(\.id.rawValue)
    var tables = [
      table(
        .participantsStatus, .partition, keys(of: tally.stages, \.rawValue),
        total: tally.participants,
        keys: IntakeStatus.allCases.map(\.rawValue)),
      partition(
        .overallLevels, keys(of: tally.overallLevels, \.rawValue), total: tally.assessed,
        keys: levels),
    ]
    for dimension in survey.dimensions {
      tables.append(
        partition(
          .dimensionLevels(dimension.id),
          keys(of: tally.dimensionLevels[dimension.id] ?? [:], \.rawValue),
          total: tally.assessed, keys: levels))
    }
    tables.append(
      table(
        .flags, .multipleResponse, keys(of: tally.flags, \.rawValue), total: tally.assessed,
        keys: survey.flags.map(\.id.rawValue)))
    tables.append(
      partition(
        .channels, keys(of: tally.channels, \.rawValue), total: tally.assessed,
        keys: survey.channels.channels.map(\.id.rawValue)))
    let needers = tally.interpreterNeeds[.needed] ?? 0
    tables += [
      partition(
        .interpreterNeed, keys(of: tally.interpreterNeeds, \.rawValue), total: tally.assessed),
      languages(
        .interpreterLanguage, keys(of: tally.interpreterLanguages, \.rawValue), total: needers,
        rareBelow: rareBelow),
      partition(.interpreterMode, keys(of: tally.interpreterModes, \.rawValue), total: needers),
    ]
    for tabulation in survey.tabulations {
      if let table = answers(to: tabulation.question, in: tally, rareBelow: rareBelow) {
        tables.append(table)
      }
    }
    let parts = AssessedPart.all(in: survey)
    tables.append(
      table(
        .overrides, .multipleResponse, keys(of: tally.overrides, \.description),
        total: tally.assessed,
        keys: parts.map(\.description)))
    return tables
  }

  /// The summary the leader may read: every table protected.
  ///
  /// The intake-stage table is protected as two partitions, the participants not yet assessed
  /// and those assessed, because the second's size is every assessed table's total; when either
  /// part's size is hidden, so is the cohort's. The interpreter language and mode tables are
  /// hidden whole when the interpreter-need table hides the number needing one, their total.
  ///
  /// - Parameters:
  ///   - tally: The cohort's counts.
  ///   - cohort: The cohort's name.
  ///   - isSynthetic: Whether the cohort is synthetic.
  ///   - control: The disclosure control; ``DisclosureControl/exact`` for the internal audience.
  ///   - reach: How many assessed participants each channel can reach, when known.
  /// - Returns: The summary with its overview, with no groups section (the caller adds it).
  public func summary(
    of tally: CohortTally, cohort: String, isSynthetic: Bool, control: DisclosureControl,
    reach: [ChannelID: Int]? = nil
  ) -> CohortSummary {
    var protected: [SummaryTable] = []
    var neededIsHidden = false
    let rareBelow = control.isExact ? nil : control.minimumCell
    for table in countedTables(tally, rareBelow: rareBelow) {
      switch table.id {
      case SummaryTopic.participantsStatus.id:
        protected.append(control.protect(table, splitInto: Self.stageParts))
      case SummaryTopic.interpreterLanguage.id, SummaryTopic.interpreterMode.id:
        protected.append(neededIsHidden ? control.hideWhole(table) : control.protect(table))
      default:
        let summaryTable = control.protect(table)
        if table.id == SummaryTopic.interpreterNeed.id {
          neededIsHidden =
            summaryTable.rows.first { $0.key == InterpreterNeed.needed.rawValue }?.count == .hidden
        }
        protected.append(summaryTable)
      }
    }
    var summary = CohortSummary(
      cohort: cohort, isSynthetic: isSynthetic, minimumCell: control.minimumCell,
      participants: protected.first?.total ?? control.protect(tally.participants),
      tables: protected, groups: nil)
    summary.audience = control.isExact ? .internal : .shared
    summary.overview = overview(
      of: tally, tables: protected, reach: reach, control: control, neededIsHidden: neededIsHidden)
    return summary
  }

  private func keys<Key>(of counts: [Key: Int], _ name: (Key) -> String) -> [String: Int] {
    var result: [String: Int] = [:]
    for (key, count) in counts { result[name(key), default: 0] += count }
    return result
  }

  private func answers(to id: QuestionID, in tally: CohortTally, rareBelow: Int?)
    -> CountedTable?
  {
    guard let question = survey.question(id) else { return nil }
    let counts = tally.answers[id] ?? [:]
    let options = question.options.map(\.value.rawValue)
    switch question.kind {
    case .singleChoice:
      return partition(.answers(id), counts, total: tally.assessed, keys: options)
    case .language(multiple: false):
      return languages(.answers(id), counts, total: tally.assessed, rareBelow: rareBelow)
    case .multipleChoice, .language(multiple: true):
      var keys = languageOrder(Set(counts.keys))
      if case .multipleChoice = question.kind { keys = options }
      var withNotRecorded = counts
      withNotRecorded[Self.notRecordedKey] = max(0, tally.assessed - (tally.answered[id] ?? 0))
      return table(
        .answers(id), .multipleResponse, withNotRecorded, total: tally.assessed,
        keys: keys + [Self.notRecordedKey])
    case .number, .text, .date:
      return nil
    }
  }

  /// A partition by language: every language present in registry order; or, for a shared
  /// summary, the registry's languages with at least `rareBelow` participants and one
  /// ``otherKey`` row for the rest.
  private func languages(
    _ topic: SummaryTopic, _ counts: [String: Int], total: Int, rareBelow: Int?
  ) -> CountedTable {
    guard let rareBelow else {
      return partition(topic, counts, total: total, keys: languageOrder(Set(counts.keys)))
    }
    let registry = Set(survey.languages.map(\.code.rawValue))
    var merged: [String: Int] = [Self.otherKey: 0]
    for (code, count) in counts {
      if registry.contains(code) && count >= rareBelow {
        merged[code] = count
      } else {
        merged[Self.otherKey, default: 0] += count
      }
    }
    let shown = survey.languages.map(\.code.rawValue).filter { merged[$0] != nil }
    return partition(topic, merged, total: total, keys: shown + [Self.otherKey])
  }

  /// Language codes in the survey registry's order, then any others alphabetically.
  private func languageOrder(_ codes: Set<String>) -> [String] {
    let registry = survey.languages.map(\.code.rawValue).filter(codes.contains)
    return registry + codes.subtracting(registry).sorted()
  }

  private func partition(
    _ topic: SummaryTopic, _ counts: [String: Int], total: Int, keys: [String]? = nil
  ) -> CountedTable {
    let listed = keys ?? defaultKeys(of: topic)
    let recorded = listed.reduce(0) { $0 + (counts[$1] ?? 0) }
    var withNotRecorded = counts
    withNotRecorded[Self.notRecordedKey] = max(0, total - recorded)
    return table(
      topic, .partition, withNotRecorded, total: total, keys: listed + [Self.notRecordedKey])
  }

  private func defaultKeys(of topic: SummaryTopic) -> [String] {
    switch topic {
    case .interpreterNeed: return InterpreterNeed.allCases.map(\.rawValue)
    case .interpreterMode: return InterpreterMode.allCases.map(\.rawValue)
    default: return []
    }
  }

  func table(
    _ topic: SummaryTopic, _ kind: SummaryTable.Kind, _ counts: [String: Int], total: Int,
    keys: [String]
  ) -> CountedTable {
    let rows = keys.map {
      CountedTable.Row(
        key: $0, label: labelling.label(of: $0, in: topic), count: counts[$0] ?? 0)
    }
    return CountedTable(
      id: topic.id, title: labelling.title(of: topic), kind: kind, rows: rows, total: total)
  }
}
