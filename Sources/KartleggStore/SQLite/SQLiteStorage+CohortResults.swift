import Foundation
import GRDB
import KartleggCore

extension SQLiteStorage {
  /// A cohort's participants with their latest intake's answers and result, in one read
  /// transaction and four statements whatever the cohort's size (participants with their latest
  /// intake and result, then the answers, result values and overrides of those intakes).
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - answering: Given each survey definition the intakes ran under, the questions whose
  ///     answers to read; `nil` for all.
  /// - Returns: The results; empty when there is no such cohort.
  /// - Throws: ``StorageError`` when the database is busy or damaged, or what `answering`
  ///   throws.
  public func cohortResults(
    _ cohort: String, answering: (StoredSurvey) throws -> Set<QuestionID>?
  ) throws -> CohortResults {
    try read { db in
      var questions: Set<QuestionID>? = []
      for hash in try String.fetchAll(
        db,
        sql: CohortResultsQuery.assessedIntakes + """
          SELECT DISTINCT i.survey_hash FROM assessed s JOIN intake i ON i.id = s.intake_id
          ORDER BY i.survey_hash
          """, arguments: [cohort])
      {
        guard let stored = try Self.survey(hash: hash, in: db) else {
          throw StorageError.corrupt("survey \(hash)")
        }
        let asked = try answering(stored)
        questions = asked.flatMap { asked in questions.map { $0.union(asked) } }
      }
      return try CohortResultsQuery(cohort: cohort, questions: questions.map { Array($0).sorted() })
        .load(in: db)
    }
  }
}

/// The statements behind ``SQLiteStorage/cohortResults(_:answering:)``.
struct CohortResultsQuery {
  let cohort: String
  /// The questions whose answers to read, or `nil` for all.
  let questions: [QuestionID]?

  /// The latest intake of each participant in the cohort that has a result.
  static var assessedIntakes: String {
    """
    WITH latest AS MATERIALIZED (
      SELECT max(i.id) AS intake_id FROM cohort c
      JOIN participant p ON p.cohort_id = c.id JOIN intake i ON i.participant_id = p.id
      WHERE c.name = ? GROUP BY p.id),
    assessed AS MATERIALIZED (
      SELECT l.intake_id FROM latest l JOIN result r ON r.intake_id = l.intake_id)
    """
  }

  func load(in db: Database) throws -> CohortResults {
    let answers = try self.answers(in: db)
    let values = try self.values(in: db)
    let overrides = try self.overrides(in: db)
    var results = CohortResults()
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT p.id AS participant, i.id AS intake, i.survey_hash, r.is_provisional,
          r.completeness, r.flags, r.accepted_by, r.accepted_at
        FROM cohort c JOIN participant p ON p.cohort_id = c.id
        LEFT JOIN intake i ON i.id = (SELECT max(id) FROM intake WHERE participant_id = p.id)
        LEFT JOIN result r ON r.intake_id = i.id
        WHERE c.name = ? ORDER BY p.rowid
        """, arguments: [cohort])
    while let row = try rows.next() {
      let participant = ParticipantID(row["participant"] as String)
      guard let intake = row["intake"] as IntakeID?, let flags = row["flags"] as String? else {
        results.notAssessed.append(participant)
        continue
      }
      let result = StoredResult(
        assessed: AssessedResult(
          values: values[intake] ?? [:],
          flags: flags.split(separator: " ").map { FlagID(String($0)) },
          isProvisional: row["is_provisional"], completeness: row["completeness"]),
        overrides: overrides[intake] ?? [], acceptedBy: row["accepted_by"],
        acceptedAt: SQLiteStorage.date(row["accepted_at"]))
      results.assessed.append(
        AssessedIntake(
          participant: participant, intake: intake, surveyHash: row["survey_hash"],
          answers: answers[intake] ?? [:], result: result))
    }
    return results
  }

  private func answers(in db: Database) throws -> [IntakeID: AnswerSet] {
    var decoder = AnswerDecodingCache()
    var answers: [IntakeID: AnswerSet] = [:]
    var sql =
      Self.assessedIntakes + """
        SELECT a.intake_id, a.question_id, a.value FROM assessed s
        JOIN answer a ON a.intake_id = s.intake_id WHERE a.value IS NOT NULL
        """
    var arguments: StatementArguments = [cohort]
    if let questions {
      guard !questions.isEmpty else { return [:] }
      sql += " AND a.question_id IN (\(databaseQuestionMarks(count: questions.count)))"
      arguments += StatementArguments(questions.map(\.rawValue))
    }
    // Rows come intake by intake: each intake's answers are gathered before they are filed.
    var current: (intake: IntakeID, answers: AnswerSet)?
    func file() {
      guard let current else { return }
      answers[current.intake, default: [:]].merge(current.answers) { _, new in new }
    }
    let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
    while let row = try rows.next() {
      let intake: IntakeID = row[0]
      let id = QuestionID(row[1] as String)
      let answer = try decoder.decode(row[2])
      if current?.intake != intake {
        file()
        current = (intake, [:])
      }
      current?.answers[id] = answer
    }
    file()
    return answers
  }

  private func values(in db: Database) throws -> [IntakeID: [ResultPart: String]] {
    var values: [IntakeID: [ResultPart: String]] = [:]
    var parts: [String: ResultPart] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: Self.assessedIntakes + """
        SELECT v.intake_id, v.part, v.value FROM assessed s
        JOIN result_value v ON v.intake_id = s.intake_id
        """, arguments: [cohort])
    // Rows come intake by intake: each intake's values are gathered before they are filed.
    var current: (intake: IntakeID, values: [ResultPart: String])?
    func file() {
      guard let current else { return }
      values[current.intake, default: [:]].merge(current.values) { _, new in new }
    }
    while let row = try rows.next() {
      let name: String = row[1]
      guard let part = parts[name] ?? ResultPart(name) else {
        throw StorageError.corrupt("result part")
      }
      parts[name] = part
      let intake: IntakeID = row[0]
      if current?.intake != intake {
        file()
        current = (intake, [:])
      }
      current?.values[part] = row[2]
    }
    file()
    return values
  }

  private func overrides(in db: Database) throws -> [IntakeID: [Override]] {
    var overrides: [IntakeID: [Override]] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: Self.assessedIntakes + """
        SELECT o.intake_id, o.part, o.assessed, o.chosen, o.reason, o.adviser, o.made_at
        FROM assessed s JOIN override o ON o.intake_id = s.intake_id ORDER BY o.id
        """, arguments: [cohort])
    while let row = try rows.next() {
      guard let part = ResultPart(row["part"]), let made = SQLiteStorage.date(row["made_at"])
      else { throw StorageError.corrupt("override") }
      overrides[row["intake_id"], default: []].append(
        Override(
          part: part, assessed: row["assessed"], chosen: row["chosen"], reason: row["reason"],
          adviser: row["adviser"], madeAt: made))
    }
    return overrides
  }
}
