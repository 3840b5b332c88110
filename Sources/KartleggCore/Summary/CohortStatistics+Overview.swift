extension CohortStatistics {
  /// How many needs the overview lists at most.
  public static let topNeedsShown = 5

  /// The overview's tables, from the protected tables (so the two never disagree) and the
  /// counts only the overview has.
  ///
  /// - The actions: participants not informed, awaiting review, in progress and not started,
  ///   as the status table shows them.
  /// - The top needs: the flags with the most participants among those shown.
  /// - The interpreter bookings, language by mode: internal audience only, since a cross table
  ///   beside its two margins would need linked suppression a shared summary does not attempt.
  /// - The channel reach, each channel a yes-or-no figure over the assessed, when known.
  func overview(
    of tally: CohortTally, tables: [SummaryTable], reach: [ChannelID: Int]?,
    control: DisclosureControl, neededIsHidden: Bool
  ) -> [SummaryTable] {
    var overview: [SummaryTable] = []
    if let status = tables.first(where: { $0.id == SummaryTopic.participantsStatus.id }) {
      let actionable: [IntakeStatus] = [.notInformed, .answered, .inProgress, .notStarted]
      overview.append(
        SummaryTable(
          id: SummaryTopic.actions.id, title: labelling.title(of: .actions),
          kind: .multipleResponse,
          rows: actionable.compactMap { stage in
            status.rows.first { $0.key == stage.rawValue }.map {
              SummaryRow(
                key: $0.key, label: labelling.label(of: $0.key, in: .actions), count: $0.count)
            }
          }, total: status.total))
    }
    if let levels = tables.first(where: { $0.id == SummaryTopic.overallLevels.id }) {
      overview.append(levels)
    }
    if let flags = tables.first(where: { $0.id == SummaryTopic.flags.id }) {
      let top = flags.rows.filter { ($0.count.value ?? 0) > 0 }.enumerated()
        .sorted { left, right in
          let (first, second) = (left.element.count.value ?? 0, right.element.count.value ?? 0)
          return first != second ? first > second : left.offset < right.offset
        }
        .prefix(Self.topNeedsShown).map(\.element)
      overview.append(
        SummaryTable(
          id: SummaryTopic.topNeeds.id, title: labelling.title(of: .topNeeds),
          kind: .multipleResponse, rows: Array(top), total: flags.total))
    }
    if control.isExact {
      overview.append(bookings(tally))
    }
    if let reach {
      overview.append(
        control.protect(
          table(
            .channelReach, .multipleResponse,
            Dictionary(uniqueKeysWithValues: reach.map { ($0.key.rawValue, $0.value) }),
            total: tally.assessed, keys: survey.channels.channels.map(\.id.rawValue))))
    }
    return overview
  }

  /// Language by mode, every booking with someone in it: the most needed language first, and
  /// within a language the most needed mode first.
  private func bookings(_ tally: CohortTally) -> SummaryTable {
    let needed = tally.interpreterNeeds[.needed] ?? 0
    let order = Dictionary(
      survey.languages.enumerated().map { ($0.element.code, $0.offset) },
      uniquingKeysWith: { first, _ in first })
    var perLanguage: [LanguageCode?: Int] = [:]
    for (booking, count) in tally.interpreterBookings {
      perLanguage[booking.language, default: 0] += count
    }
    func rank(_ booking: InterpreterBooking) -> (Int, Int, String) {
      (
        -(perLanguage[booking.language] ?? 0), booking.language.flatMap { order[$0] } ?? Int.max,
        booking.language?.rawValue ?? ""
      )
    }
    let bookings = tally.interpreterBookings.filter { $0.value > 0 }.sorted { left, right in
      let (first, second) = (rank(left.key), rank(right.key))
      if first != second { return first < second }
      return (-left.value, left.key.key) < (-right.value, right.key.key)
    }
    return SummaryTable(
      id: SummaryTopic.interpreterBookings.id, title: labelling.title(of: .interpreterBookings),
      kind: .partition,
      rows: bookings.map { booking, count in
        SummaryRow(
          key: booking.key, label: labelling.label(of: booking.key, in: .interpreterBookings),
          count: .shown(count))
      }, total: .shown(needed))
  }
}
