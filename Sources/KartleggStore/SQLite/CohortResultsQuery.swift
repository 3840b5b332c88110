import Foundation
import GRDB
import KartleggCore

/// The statements behind ``SQLiteStorage/cohortResults(_:answering:)``.
///
/// The participants and their latest intakes are read first. The answers, result values and
/// overrides are then read for exactly those intakes, given as one JSON array, so the choice of
/// each participant's latest intake is made once. Answers and values come grouped in SQL: one
/// row per distinct value with the intakes that hold it, so a cohort's few distinct values are
/// read and decoded once each instead of once per participant.
struct CohortResultsQuery {
  /// One participant with their latest intake and its result, when it has one.
  private struct Latest {
    let participant: ParticipantID
    let assessed: (intake: IntakeID, surveyHash: String, result: ResultColumns)?
  }

  /// The columns of a result row.
  private struct ResultColumns {
    let isProvisional: Bool
    let completeness: Double
    let flags: String
    let acceptedBy: String?
    let acceptedAt: String?
  }

  private let participants: [Latest]
  /// The intakes with a result, as a JSON array: the parameter of the later statements.
  private let assessedList: String
  /// The survey definitions the assessed intakes ran under, in hash order.
  let surveyHashes: [String]

  /// Reads the cohort's participants with their latest intake and its result.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - db: The database, in a read transaction.
  /// - Throws: What the database throws.
  init(cohort: String, in db: Database) throws {
    var participants: [Latest] = []
    var assessed: [IntakeID] = []
    var hashes = Set<String>()
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
        participants.append(Latest(participant: participant, assessed: nil))
        continue
      }
      let result = ResultColumns(
        isProvisional: row["is_provisional"], completeness: row["completeness"], flags: flags,
        acceptedBy: row["accepted_by"], acceptedAt: row["accepted_at"])
      let hash: String = row["survey_hash"]
      participants.append(Latest(participant: participant, assessed: (intake, hash, result)))
      assessed.append(intake)
      hashes.insert(hash)
    }
    self.participants = participants
    self.assessedList = "[" + assessed.map(String.init).joined(separator: ",") + "]"
    self.surveyHashes = hashes.sorted()
  }

  /// The cohort's results.
  ///
  /// - Parameters:
  ///   - questions: The questions whose answers to read, or `nil` for all.
  ///   - db: The database, in the same read transaction.
  /// - Returns: The results, in registration order.
  /// - Throws: ``StorageError/corrupt(_:)`` for a value that cannot be read, or what the
  ///   database throws.
  func results(answering questions: [QuestionID]?, in db: Database) throws -> CohortResults {
    let answers = try self.answers(to: questions, in: db)
    let values = try self.values(in: db)
    let overrides = try self.overrides(in: db)
    var results = CohortResults()
    results.assessed.reserveCapacity(participants.count)
    for latest in participants {
      guard let (intake, surveyHash, columns) = latest.assessed else {
        results.notAssessed.append(latest.participant)
        continue
      }
      let result = StoredResult(
        assessed: AssessedResult(
          values: values[intake] ?? [:],
          flags: columns.flags.split(separator: " ").map { FlagID(String($0)) },
          isProvisional: columns.isProvisional, completeness: columns.completeness),
        overrides: overrides[intake] ?? [], acceptedBy: columns.acceptedBy,
        acceptedAt: SQLiteStorage.date(columns.acceptedAt))
      results.assessed.append(
        AssessedIntake(
          participant: latest.participant, intake: intake, surveyHash: surveyHash,
          answers: answers[intake] ?? [:], result: result))
    }
    return results
  }

  /// The answers to `questions` (all when `nil`), skips left out.
  private func answers(to questions: [QuestionID]?, in db: Database) throws
    -> [IntakeID: AnswerSet]
  {
    let asked = try questions ?? answeredQuestions(in: db)
    guard !asked.isEmpty else { return [:] }
    // The questions by position, so a row names its question by a number.
    let list = asked.indices.map { "(\($0), ?)" }.joined(separator: ", ")
    var arguments = StatementArguments(asked.map(\.rawValue))
    arguments += [assessedList]
    let rows = try Row.fetchCursor(
      db,
      sql: """
        WITH asked(position, id) AS (VALUES \(list))
        SELECT q.position, a.value, group_concat(a.intake_id) AS intakes
        FROM asked q JOIN answer a INDEXED BY answer_by_value ON a.question_id = q.id
        WHERE a.value IS NOT NULL AND +a.intake_id IN (SELECT value FROM json_each(?))
        GROUP BY q.position, a.value
        """, arguments: arguments)
    var answers: [IntakeID: AnswerSet] = [:]
    answers.reserveCapacity(participants.count)
    while let row = try rows.next() {
      let position: Int = row[0]
      guard asked.indices.contains(position) else { throw StorageError.corrupt("answer") }
      let question = asked[position]
      let answer = try AnswerCoding.decode(row[1] as String)
      try Self.forEachIntake(in: row) { intake in
        answers[intake, default: AnswerSet(minimumCapacity: asked.count)][question] = answer
      }
    }
    return answers
  }

  /// Every question the assessed intakes answered, for a read of all answers.
  private func answeredQuestions(in db: Database) throws -> [QuestionID] {
    try String.fetchAll(
      db,
      sql: """
        SELECT DISTINCT question_id FROM answer
        WHERE intake_id IN (SELECT value FROM json_each(?)) ORDER BY question_id
        """, arguments: [assessedList]
    ).map { QuestionID($0) }
  }

  private func values(in db: Database) throws -> [IntakeID: [ResultPart: String]] {
    var values: [IntakeID: [ResultPart: String]] = [:]
    values.reserveCapacity(participants.count)
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT v.part, v.value, group_concat(v.intake_id) AS intakes
        FROM result_value v INDEXED BY result_value_by_value
        WHERE +v.intake_id IN (SELECT value FROM json_each(?))
        GROUP BY v.part, v.value
        """, arguments: [assessedList])
    while let row = try rows.next() {
      guard let part = ResultPart(row[0] as String) else {
        throw StorageError.corrupt("result part")
      }
      let value: String = row[1]
      try Self.forEachIntake(in: row) { intake in
        values[intake, default: [:]][part] = value
      }
    }
    return values
  }

  private func overrides(in db: Database) throws -> [IntakeID: [Override]] {
    var overrides: [IntakeID: [Override]] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT o.intake_id, o.part, o.assessed, o.chosen, o.reason, o.adviser, o.made_at
        FROM override o WHERE o.intake_id IN (SELECT value FROM json_each(?)) ORDER BY o.id
        """, arguments: [assessedList])
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

  /// Calls `body` with each intake of a grouped row's `intakes` column (decimal ids separated
  /// by commas), read from SQLite's bytes without making strings.
  private static func forEachIntake(in row: Row, _ body: (IntakeID) -> Void) throws {
    let parsed = try row.withUnsafeData(named: "intakes") { data -> Bool in
      guard let data, !data.isEmpty else { return false }
      return data.withUnsafeBytes { bytes in
        var intake: IntakeID = 0
        var digits = 0
        for byte in bytes {
          if byte == UInt8(ascii: ",") {
            guard digits > 0 else { return false }
            body(intake)
            intake = 0
            digits = 0
          } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 18 {
            intake = intake * 10 + IntakeID(byte - UInt8(ascii: "0"))
            digits += 1
          } else {
            return false
          }
        }
        guard digits > 0 else { return false }
        body(intake)
        return true
      }
    }
    guard parsed else { throw StorageError.corrupt("intake list") }
  }
}
