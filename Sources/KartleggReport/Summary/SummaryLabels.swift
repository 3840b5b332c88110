import KartleggCore

/// The words of a cohort summary in the adviser's language: table titles and category labels
/// from the survey's texts and the interface translations.
public struct SummaryLabels: SummaryLabelling {
  let survey: Survey
  let texts: SurveyTexts
  let ui: InterfaceText

  /// Creates the labels.
  ///
  /// - Parameters:
  ///   - survey: The survey the cohort is tabulated under.
  ///   - texts: Its text in the adviser's language.
  ///   - ui: The adviser's interface.
  public init(survey: Survey, texts: SurveyTexts, ui: InterfaceText) {
    self.survey = survey
    self.texts = texts
    self.ui = ui
  }

  /// A table's title.
  ///
  /// - Parameter topic: What the table counts.
  /// - Returns: The title.
  public func title(of topic: SummaryTopic) -> String {
    switch topic {
    case .dimensionLevels(let dimension):
      return ui("summary.table.levels-dimension", texts("dimension.\(dimension).label"))
    case .answers(let question):
      let tabulation = survey.tabulations.first { $0.question == question }
      if let tabulation, tabulation.label != nil { return texts(tabulation.textKey) }
      return texts("question.\(question).text")
    default:
      return ui("summary.table." + topic.id.replacingOccurrences(of: ".", with: "-"))
    }
  }

  /// A row's label.
  ///
  /// - Parameters:
  /// - key: The row's key.
  /// - topic: What the table counts.
  /// - Returns: The label.
  public func label(of key: String, in topic: SummaryTopic) -> String {
    if key == CohortStatistics.notRecordedKey { return ui("summary.not-recorded") }
    switch topic {
    case .participantsStatus:
      return key == IntakeStatus.notStarted.rawValue
        ? ui("summary.status.not-started") : ui("participants.status.\(key)")
    case .overallLevels, .dimensionLevels: return texts("level.\(key).label")
    case .flags: return texts("flag.\(key).label")
    case .channels: return texts("channel.\(key).label")
    case .interpreterNeed: return ui("assess.need.\(key)")
    case .interpreterMode: return ui("assess.mode.\(key)")
    case .interpreterLanguage: return languageName(key)
    case .answers(let question):
      guard let kind = survey.question(question)?.kind else { return key }
      if case .language = kind { return languageName(key) }
      return texts("question.\(question).option.\(key)")
    case .overrides: return partLabel(key)
    case .actions: return ui("summary.action.\(key)")
    case .topNeeds: return texts("flag.\(key).label")
    case .channelReach: return texts("channel.\(key).label")
    case .interpreterBookings:
      let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
      guard parts.count == 2 else { return key }
      let mode =
        parts[1] == CohortStatistics.notRecordedKey
        ? ui("summary.not-recorded") : ui("assess.mode.\(parts[1])")
      return label(of: parts[0], in: .interpreterLanguage) + " · " + mode
    }
  }

  /// The fixed words of the report.
  ///
  /// - Parameter minimumCell: The smallest count shown.
  /// - Returns: The vocabulary.
  public func vocabulary(minimumCell: Int) -> ReportVocabulary {
    var vocabulary = ReportVocabulary(
      title: ui("summary.title"), cohort: ui("summary.cohort"),
      participants: ui("summary.participants"), total: ui("summary.total"),
      count: ui("summary.count"), hiddenMark: ui("summary.hidden-mark"),
      hiddenNote: ui("summary.hidden-note", minimumCell - 1),
      syntheticBanner: ui("summary.synthetic"), groups: ui("summary.groups"),
      groupsAccepted: ui("summary.groups-accepted"),
      groupsSuggested: ui("summary.groups-suggested"),
      noGroups: ui("summary.no-groups"), groupName: ui("summary.group-name"),
      groupSize: ui("summary.group-size"), groupProfile: ui("summary.group-profile"),
      groupChannels: ui("summary.group-channels"),
      groupInterpreters: ui("summary.group-interpreters"))
    vocabulary.internalBanner = ui("summary.internal-banner")
    vocabulary.madeAt = ui("summary.made-at")
    vocabulary.surveyLine = ui("summary.survey")
    vocabulary.overview = ui("summary.overview")
    vocabulary.details = ui("summary.details")
    vocabulary.percentBase = ui("summary.percent-base")
    vocabulary.reviewLegend = ui("summary.review-legend")
    vocabulary.unplaced = ui("summary.unplaced")
    return vocabulary
  }

  /// The survey's title and version, for people.
  ///
  /// - Parameter version: The survey's version.
  /// - Returns: "Title (version)".
  public func surveyName(version: String) -> String {
    let title = SummaryFigures.unmarked(texts("survey.title"))
    return title.text + " (" + version + ")"
      + (title.reviewed ? "" : " " + SummaryFigures.reviewMark)
  }

  private func languageName(_ code: String) -> String {
    if code == CohortStatistics.otherKey { return ui("summary.other-languages") }
    if code == CohortStatistics.notRecordedKey { return ui("summary.not-recorded") }
    return survey.language(LanguageCode(code)) == nil ? code : texts("language.\(code).name")
  }

  private func partLabel(_ key: String) -> String {
    switch AssessedPart(key) {
    case .overallLevel?: return ui("assess.overall")
    case .dimensionLevel(let dimension)?: return texts("dimension.\(dimension).label")
    case .some(let part): return ui("review.part.\(part)")
    case nil: return key
    }
  }
}
