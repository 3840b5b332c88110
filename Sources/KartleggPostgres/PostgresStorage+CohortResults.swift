import Foundation
import KartleggCore
import KartleggStore
import PostgresNIO

extension PostgresStorage {
  /// A cohort's participants with their latest intake's answers and result, on one snapshot
  /// and in four statements whatever the cohort's size, like the SQLite store's.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - answering: Given each survey definition the intakes ran under, the questions whose
  ///     answers to read; `nil` for all.
  /// - Returns: The results; empty when there is no such cohort.
  /// - Throws: ``StorageError`` when the server refuses or fails, or what `answering` throws.
  public func cohortResults(
    _ cohort: String, answering: (StoredSurvey) throws -> Set<QuestionID>?
  ) throws -> CohortResults {
    try read { session in
      var query = PostgresCohortResultsQuery(cohort: cohort, questions: [])
      for hash in try session.rows(
        query.statement(
          """
          SELECT DISTINCT i.survey_hash FROM assessed s JOIN intake i ON i.id = s.intake_id
          ORDER BY i.survey_hash
          """), as: String.self)
      {
        guard let stored = try Self.survey(hash: hash, in: session) else {
          throw StorageError.corrupt("survey \(hash)")
        }
        let asked = try answering(stored)
        query.questions = asked.flatMap { asked in query.questions.map { $0.union(asked) } }
      }
      return try query.load(in: session)
    }
  }
}

/// The statements behind ``PostgresStorage/cohortResults(_:answering:)``.
private struct PostgresCohortResultsQuery {
  let cohort: String
  /// The questions whose answers to read, or `nil` for all.
  var questions: Set<QuestionID>?

  /// The latest intake of each participant in the cohort that has a result, as a `WITH`.
  private var assessed: String {
    """
    WITH latest AS MATERIALIZED (
      SELECT max(i.id) AS intake_id FROM cohort c
      JOIN participant p ON p.cohort_id = c.id JOIN intake i ON i.participant_id = p.id
      WHERE c.name = $1 GROUP BY p.id),
    assessed AS MATERIALIZED (
      SELECT l.intake_id FROM latest l JOIN result r ON r.intake_id = l.intake_id)
    """
  }

  /// A statement after the `WITH`, with the cohort's name bound as `$1` (and the questions,
  /// when named, as `$2`).
  func statement(_ sql: String, questions: [String]? = nil) -> PostgresQuery {
    var bindings = PostgresBindings()
    bindings.append(cohort)
    if let questions { bindings.append(questions) }
    return PostgresQuery(unsafeSQL: assessed + sql, binds: bindings)
  }

  func load(in session: PostgresSession) throws -> CohortResults {
    let answers = try self.answers(in: session)
    let values = try self.values(in: session)
    let overrides = try self.overrides(in: session)
    var results = CohortResults()
    for (participant, intake, hash, isProvisional, completeness, flags, acceptedBy, acceptedAt)
      in try session.rows(
        """
        SELECT p.id, i.id, i.survey_hash, r.is_provisional, r.completeness, r.flags,
          r.accepted_by, r.accepted_at
        FROM cohort c JOIN participant p ON p.cohort_id = c.id
        LEFT JOIN intake i ON i.id = (SELECT max(id) FROM intake WHERE participant_id = p.id)
        LEFT JOIN result r ON r.intake_id = i.id
        WHERE c.name = \(cohort) ORDER BY p.seq
        """,
        as: (String, Int64?, String?, Bool?, Double?, String?, String?, String?).self)
    {
      guard let intake, let hash, let isProvisional, let completeness, let flags else {
        results.notAssessed.append(ParticipantID(participant))
        continue
      }
      let result = StoredResult(
        assessed: AssessedResult(
          values: values[intake] ?? [:],
          flags: flags.split(separator: " ").map { FlagID(String($0)) },
          isProvisional: isProvisional, completeness: completeness),
        overrides: overrides[intake] ?? [], acceptedBy: acceptedBy,
        acceptedAt: PostgresStorage.date(acceptedAt))
      results.assessed.append(
        AssessedIntake(
          participant: ParticipantID(participant), intake: intake, surveyHash: hash,
          answers: answers[intake] ?? [:], result: result))
    }
    return results
  }

  private func answers(in session: PostgresSession) throws -> [IntakeID: AnswerSet] {
    var decoder = AnswerDecodingCache()
    var answers: [IntakeID: AnswerSet] = [:]
    let named = questions.map { Array($0).map(\.rawValue).sorted() }
    if named?.isEmpty == true { return [:] }
    for (intake, question, value) in try session.rows(
      statement(
        """
        SELECT a.intake_id, a.question_id, a.value FROM assessed s
        JOIN answer a ON a.intake_id = s.intake_id WHERE a.value IS NOT NULL
        """ + (named == nil ? "" : " AND a.question_id = ANY($2)"), questions: named),
      as: (Int64, String, String).self)
    {
      answers[intake, default: [:]][QuestionID(question)] = try decoder.decode(value)
    }
    return answers
  }

  private func values(in session: PostgresSession) throws -> [IntakeID: [ResultPart: String]] {
    var values: [IntakeID: [ResultPart: String]] = [:]
    for (intake, name, value) in try session.rows(
      statement(
        """
        SELECT v.intake_id, v.part, v.value FROM assessed s
        JOIN result_value v ON v.intake_id = s.intake_id
        """), as: (Int64, String, String).self)
    {
      guard let part = ResultPart(name) else { throw StorageError.corrupt("result part") }
      values[intake, default: [:]][part] = value
    }
    return values
  }

  private func overrides(in session: PostgresSession) throws -> [IntakeID: [Override]] {
    var overrides: [IntakeID: [Override]] = [:]
    for (intake, name, assessed, chosen, reason, adviser, made) in try session.rows(
      statement(
        """
        SELECT o.intake_id, o.part, o.assessed, o.chosen, o.reason, o.adviser, o.made_at
        FROM assessed s JOIN override o ON o.intake_id = s.intake_id ORDER BY o.id
        """), as: (Int64, String, String?, String, String, String, String).self)
    {
      guard let part = ResultPart(name), let madeAt = PostgresStorage.date(made) else {
        throw StorageError.corrupt("override")
      }
      overrides[intake, default: []].append(
        Override(
          part: part, assessed: assessed, chosen: chosen, reason: reason, adviser: adviser,
          madeAt: madeAt))
    }
    return overrides
  }
}
