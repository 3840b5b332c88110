import Foundation
import GRDB
import KartleggCore

extension SQLiteStorage {
  /// A cohort's counts for its summary, read in one transaction and aggregated in SQL.
  ///
  /// Each participant counts by their latest intake. Stages, flags and tabulated answers are
  /// counted by `GROUP BY`; so are the result values of intakes without overrides. Intakes with
  /// overrides (few) are read one by one and their values in force (the latest override of a
  /// part, else the assessed value) added in Swift. Names are never read.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - tabulated: Given the survey definition of the cohort's most recent intake (`nil` when
  ///     nobody has started one), the questions whose answers to count.
  /// - Returns: The counts, or `nil` when there is no such cohort.
  /// - Throws: ``StorageError`` when the database is busy or damaged, or what `tabulated`
  ///   throws.
  public func cohortTally(
    _ cohort: String, tabulating tabulated: (StoredSurvey?) throws -> [QuestionID]
  ) throws -> StoredCohortTally? {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT c.id, count(p.id) AS participants, coalesce(max(p.is_synthetic), 0) AS synthetic
            FROM cohort c LEFT JOIN participant p ON p.cohort_id = c.id
            WHERE c.name = ? GROUP BY c.id
            """, arguments: [cohort])
      else { return nil }
      let cohortID: Int64 = row["id"]
      let survey = try Self.latestSurvey(cohort: cohortID, in: db)
      let questions = try tabulated(survey)
      var tally = CohortTally()
      tally.participants = row["participants"]
      try CohortQuery(cohort: cohortID, questions: questions).count(into: &tally, in: db)
      return StoredCohortTally(tally: tally, isSynthetic: row["synthetic"], survey: survey)
    }
  }

  private static func latestSurvey(cohort: Int64, in db: Database) throws -> StoredSurvey? {
    // Newest intakes first: stops at the first intake of the cohort instead of sorting them all.
    guard
      let hash = try String.fetchOne(
        db,
        sql: """
          SELECT survey_hash FROM intake
          WHERE participant_id IN (SELECT id FROM participant WHERE cohort_id = ?)
          ORDER BY id DESC LIMIT 1
          """, arguments: [cohort])
    else { return nil }
    return try Row.fetchOne(
      db, sql: "SELECT survey_id, version, source FROM survey_definition WHERE hash = ?",
      arguments: [hash]
    ).map { row in
      let source: Data = row["source"]
      return StoredSurvey(
        hash: hash, id: SurveyID(row["survey_id"] as String), version: row["version"],
        source: [UInt8](source))
    }
  }
}

/// A cohort's counts with what the summary needs around them.
public struct StoredCohortTally: Hashable, Sendable {
  /// The exact counts.
  public var tally: CohortTally
  /// Whether any participant is synthetic.
  public var isSynthetic: Bool
  /// The survey definition of the cohort's most recent intake, if any.
  public var survey: StoredSurvey?

  /// Creates the record.
  ///
  /// - Parameters:
  ///   - tally: The counts.
  ///   - isSynthetic: Whether any participant is synthetic.
  ///   - survey: The survey of the most recent intake.
  public init(tally: CohortTally, isSynthetic: Bool, survey: StoredSurvey?) {
    self.tally = tally
    self.isSynthetic = isSynthetic
    self.survey = survey
  }
}
