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
  ///   - readingStates: Whether to read each participant's intake state.
  ///   - tabulated: Given the survey definition of the cohort's most recent intake (`nil` when
  ///     nobody has started one), the questions whose answers to count.
  /// - Returns: The counts, or `nil` when there is no such cohort.
  /// - Throws: ``StorageError`` when the database is busy or damaged, or what `tabulated`
  ///   throws.
  public func cohortTally(
    _ cohort: String, readingStates: Bool,
    tabulating tabulated: (StoredSurvey?) throws -> [QuestionID]
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
      return StoredCohortTally(
        tally: tally, isSynthetic: row["synthetic"], survey: survey,
        states: readingStates ? try Self.participantStates(cohort: cohortID, in: db) : [:])
    }
  }

  /// Each participant's latest intake state, as text that changes whenever what they count in
  /// a summary can change: the intake, its status, its last update and its latest override.
  private static func participantStates(cohort: Int64, in db: Database) throws
    -> [ParticipantID: String]
  {
    var states: [ParticipantID: String] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT p.id, i.id AS intake, i.status, i.updated_at,
          (SELECT max(o.id) FROM override o WHERE o.intake_id = i.id) AS override
        FROM participant p
        LEFT JOIN intake i ON i.id = (SELECT max(id) FROM intake WHERE participant_id = p.id)
        WHERE p.cohort_id = ?
        """, arguments: [cohort])
    while let row = try rows.next() {
      let intake: Int64? = row["intake"]
      let override: Int64? = row["override"]
      let parts: [String?] = [
        intake.map(String.init), row["status"], row["updated_at"], override.map(String.init),
      ]
      states[ParticipantID(row["id"] as String)] = parts.map { $0 ?? "" }.joined(separator: "|")
    }
    return states
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
  /// Each participant counted, with the state of their latest intake as text that changes
  /// whenever what they count can change; read with the counts, so the two agree.
  public var states: [ParticipantID: String]

  /// Creates the record.
  ///
  /// - Parameters:
  ///   - tally: The counts.
  ///   - isSynthetic: Whether any participant is synthetic.
  ///   - survey: The survey of the most recent intake.
  ///   - states: Each participant's intake state.
  public init(
    tally: CohortTally, isSynthetic: Bool, survey: StoredSurvey?,
    states: [ParticipantID: String] = [:]
  ) {
    self.tally = tally
    self.isSynthetic = isSynthetic
    self.survey = survey
    self.states = states
  }
}
