import KartleggCore
import KartleggReport
import KartleggStore

/// The `summary` use case: a cohort's counts in one read, tabulated and protected, with its
/// groups, and the words to render it in the adviser's language.
public struct SummarizeCohort {
  let context: AppContext
  let store: any KartleggStorage

  /// A summary ready to render.
  public struct Summary: Sendable {
    /// The figures.
    public var summary: CohortSummary
    /// The words of the report.
    public var vocabulary: ReportVocabulary
  }

  /// Creates the use case.
  ///
  /// - Parameters:
  ///   - context: Resources, interface language and actor.
  ///   - store: The store.
  public init(context: AppContext, store: any KartleggStorage) {
    self.context = context
    self.store = store
  }

  /// Summarises a cohort.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - minimumCell: The smallest count shown.
  /// - Returns: The summary.
  /// - Throws: ``AppError``: 64 for a threshold under 3, 66 for an unknown cohort.
  public func run(cohort: String, minimumCell: Int) throws(AppError) -> Summary {
    guard let control = DisclosureControl(minimumCell: minimumCell) else {
      throw AppError(.usage, "summary.min-cell-too-low", DisclosureControl.lowestThreshold)
    }
    let surveys = try context.surveys()
    let found = try AppError.mapping {
      var survey: Survey?
      let record = try store.cohortTally(cohort) { definition in
        let loaded = try definition.map(surveys.load) ?? surveys.load(surveys.standardSurvey)
        survey = loaded
        return loaded.tabulations.map(\.question)
      }
      return record.flatMap { record in survey.map { (record, $0) } }
    }
    guard let (record, survey) = found else {
      throw AppError(.noInput, "summary.unknown-cohort", cohort)
    }
    let labels = SummaryLabels(
      survey: survey, texts: try context.adviserTexts(survey), ui: context.ui)
    var summary = CohortStatistics(survey: survey, labelling: labels).summary(
      of: record.tally, cohort: cohort, isSynthetic: record.isSynthetic, control: control)
    summary.groups = try AppError.mapping {
      try SummaryGroups(context: context, store: store, surveys: surveys, control: control)
        .section(cohort: cohort)
    }
    return Summary(
      summary: summary,
      vocabulary: labels.vocabulary(minimumCell: control.minimumCell))
  }
}
