import Foundation
import GRDB
import KartleggCore

extension SQLiteStorage {
  /// Registers a participant under a fresh random id.
  ///
  /// - Parameters:
  ///   - registration: Who and where.
  ///   - actor: Who registers.
  /// - Returns: The new id.
  /// - Throws: ``StorageError`` when the database is busy, damaged or lacks the record.
  public func register(_ registration: Registration, actor: String) throws -> ParticipantID {
    try write { db in try insertParticipant(registration, actor: actor, in: db) }
  }

  /// Inserts a participant (and their cohort when new) with an audit entry, inside a write.
  func insertParticipant(_ registration: Registration, actor: String, in db: Database) throws
    -> ParticipantID
  {
    try db.executeCached(
      sql: "INSERT OR IGNORE INTO cohort (name, created_at) VALUES (?, ?)",
      arguments: [registration.cohort, timestamp()])
    let cohort =
      try Int64.fetchOne(
        db.cachedStatement(sql: "SELECT id FROM cohort WHERE name = ?"),
        arguments: [registration.cohort]) ?? 0
    var generator = SystemRandomNumberGenerator()
    var id = PseudonymousID.make(using: &generator)
    while try Bool.fetchOne(
      db.cachedStatement(sql: "SELECT 1 FROM participant WHERE id = ?"), arguments: [id.rawValue])
      == true
    {
      id = PseudonymousID.make(using: &generator)
    }
    try db.executeCached(
      sql: """
        INSERT INTO participant (id, cohort_id, programme, is_synthetic, registered_at)
        VALUES (?, ?, ?, ?, ?)
        """,
      arguments: [
        id.rawValue, cohort, registration.programme, registration.isSynthetic, timestamp(),
      ])
    try db.executeCached(
      sql: "INSERT INTO identity (participant_id, name, contact) VALUES (?, ?, ?)",
      arguments: [id.rawValue, registration.name, registration.contact])
    try audit(db, actor: actor, action: "participant.register", participant: id)
    return id
  }

  /// Starts an intake.
  ///
  /// - Parameters:
  ///   - participant: The participant.
  ///   - surveyHash: The kept survey definition.
  ///   - language: The participant-side language.
  ///   - actor: Who starts it.
  /// - Returns: The intake's number.
  /// - Throws: ``StorageError`` when the database is busy, damaged or lacks the record.
  public func startIntake(
    for participant: ParticipantID, surveyHash: String, language: LanguageCode, actor: String
  ) throws -> IntakeID {
    try write { db in
      try insertIntake(
        for: participant, surveyHash: surveyHash, language: language, actor: actor, in: db)
    }
  }

  /// Inserts an intake with an audit entry, inside a write.
  func insertIntake(
    for participant: ParticipantID, surveyHash: String, language: LanguageCode, actor: String,
    in db: Database
  ) throws -> IntakeID {
    let now = timestamp()
    try db.executeCached(
      sql: """
        INSERT INTO intake (participant_id, survey_hash, language, status, started_at,
          updated_at) VALUES (?, ?, ?, 'in-progress', ?, ?)
        """,
      arguments: [participant.rawValue, surveyHash, language.rawValue, now, now])
    let id = db.lastInsertedRowID
    try audit(
      db, actor: actor, action: "intake.start", participant: participant, detail: "intake \(id)")
    return id
  }

  static func intake(from row: Row) throws -> IntakeRecord {
    guard let status = IntakeStatus(rawValue: row["status"]),
      let started = date(row["started_at"]), let updated = date(row["updated_at"])
    else { throw StorageError.corrupt("intake \(row["id"] as Int64)") }
    return IntakeRecord(
      id: row["id"], participant: ParticipantID(row["participant_id"] as String),
      surveyHash: row["survey_hash"], surveyID: SurveyID(row["survey_id"] as String),
      surveyVersion: row["version"], language: LanguageCode(row["language"] as String),
      status: status, startedAt: started, updatedAt: updated)
  }

  /// One intake.
  ///
  /// - Parameter id: The intake's number.
  /// - Returns: The intake, if it exists.
  /// - Throws: ``StorageError`` when the database is busy, damaged or lacks the record.
  public func intake(_ id: IntakeID) throws -> IntakeRecord? {
    try read { db in
      try Row.fetchOne(db, sql: Self.intakeQuery + " WHERE i.id = ?", arguments: [id])
        .map(Self.intake(from:))
    }
  }

  /// A participant's latest intake.
  ///
  /// - Parameter participant: The participant.
  /// - Returns: The intake, if any.
  /// - Throws: ``StorageError`` when the database is busy, damaged or lacks the record.
  public func latestIntake(of participant: ParticipantID) throws -> IntakeRecord? {
    try read { db in
      try Row.fetchOne(
        db, sql: Self.intakeQuery + " WHERE i.participant_id = ? ORDER BY i.id DESC LIMIT 1",
        arguments: [participant.rawValue]
      ).map(Self.intake(from:))
    }
  }

  /// Intakes not complete, most recently changed first.
  ///
  /// - Returns: The intakes.
  /// - Throws: ``StorageError`` when the database is busy, damaged or lacks the record.
  public func unfinishedIntakes() throws -> [IntakeRecord] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: Self.intakeQuery
          + " WHERE i.status != 'complete' ORDER BY i.updated_at DESC, i.id DESC"
      ).map(Self.intake(from:))
    }
  }

  /// An intake's answers and skips.
  ///
  /// - Parameter intake: The intake.
  /// - Returns: The answers.
  /// - Throws: ``StorageError`` when the database is busy, damaged or lacks the record.
  public func answers(of intake: IntakeID) throws -> StoredAnswers {
    try read { db in try Self.answers(of: intake, in: db) }
  }

  static func answers(of intake: IntakeID, in db: Database) throws -> StoredAnswers {
    var stored = StoredAnswers()
    let rows = try Row.fetchCursor(
      db, sql: "SELECT question_id, value FROM answer WHERE intake_id = ?", arguments: [intake])
    while let row = try rows.next() {
      let question = QuestionID(row["question_id"] as String)
      if let value = row["value"] as String? {
        stored.answers[question] = try AnswerCoding.decode(value)
      } else {
        stored.skipped.insert(question)
      }
    }
    return stored
  }

  /// Records an answer or a skip and removes answers that no longer apply, in one transaction.
  ///
  /// - Parameters:
  ///   - answer: The answer, or `nil` for a deliberate skip.
  ///   - question: The question.
  ///   - intake: The intake.
  ///   - removing: Questions whose answers no longer apply.
  ///   - actor: Who recorded it.
  /// - Throws: ``StorageError`` when the database is busy, damaged or lacks the record.
  public func record(
    _ answer: Answer?, for question: QuestionID, in intake: IntakeID, removing: [QuestionID],
    actor: String
  ) throws {
    let value = try answer.map(AnswerCoding.encode)
    try write { db in
      let participant = try Self.participant(of: intake, in: db)
      let now = timestamp()
      try db.executeCached(
        sql: """
          INSERT INTO answer (intake_id, question_id, value, answered_at) VALUES (?, ?, ?, ?)
          ON CONFLICT (intake_id, question_id)
          DO UPDATE SET value = excluded.value, answered_at = excluded.answered_at
          """,
        arguments: [intake, question.rawValue, value, now])
      for stale in removing {
        try db.executeCached(
          sql: "DELETE FROM answer WHERE intake_id = ? AND question_id = ?",
          arguments: [intake, stale.rawValue])
      }
      try db.executeCached(
        sql: "UPDATE intake SET updated_at = ?, status = 'in-progress' WHERE id = ?",
        arguments: [now, intake])
      try audit(
        db, actor: actor, action: answer == nil ? "answer.skip" : "answer.record",
        participant: participant, detail: question.rawValue)
    }
  }

  /// Records a whole set of answers in one transaction (an imported answers file).
  ///
  /// - Parameters:
  ///   - answers: The answers.
  ///   - intake: The intake.
  ///   - actor: Who imported them.
  /// - Throws: ``StorageError`` when the intake does not exist or the database is busy.
  public func recordAll(_ answers: AnswerSet, in intake: IntakeID, actor: String) throws {
    let encoded = try Self.encode(answers)
    try write { db in try insertAnswers(encoded, in: intake, actor: actor, db: db) }
  }

  /// Answers encoded for storage, in question order.
  static func encode(_ answers: AnswerSet) throws -> [(QuestionID, String)] {
    var encodings = AnswerEncodingCache()
    return try encodings.encode(answers)
  }

  /// Inserts encoded answers with one audit entry, inside a write.
  func insertAnswers(
    _ encoded: [(QuestionID, String)], in intake: IntakeID, actor: String, db: Database
  ) throws {
    let participant = try Self.participant(of: intake, in: db)
    let now = timestamp()
    for (question, value) in encoded {
      try db.executeCached(
        sql: """
          INSERT OR REPLACE INTO answer (intake_id, question_id, value, answered_at)
          VALUES (?, ?, ?, ?)
          """,
        arguments: [intake, question.rawValue, value, now])
    }
    try audit(
      db, actor: actor, action: "answer.import", participant: participant,
      detail: "intake \(intake): \(encoded.count) answers")
  }

  static func participant(of intake: IntakeID, in db: Database) throws -> ParticipantID {
    guard
      let id = try String.fetchOne(
        db.cachedStatement(sql: "SELECT participant_id FROM intake WHERE id = ?"),
        arguments: [intake])
    else { throw StorageError.unknownIntake(intake) }
    return ParticipantID(id)
  }

  /// Changes an intake's status.
  ///
  /// - Parameters:
  ///   - status: The new status.
  ///   - intake: The intake.
  ///   - actor: Who changed it.
  /// - Throws: ``StorageError`` when the database is busy, damaged or lacks the record.
  public func setStatus(_ status: IntakeStatus, of intake: IntakeID, actor: String) throws {
    try write { db in try setStatus(status, of: intake, actor: actor, in: db) }
  }

  func setStatus(
    _ status: IntakeStatus, of intake: IntakeID, actor: String, in db: Database
  ) throws {
    let participant = try Self.participant(of: intake, in: db)
    try db.execute(
      sql: "UPDATE intake SET status = ?, updated_at = ? WHERE id = ?",
      arguments: [status.rawValue, timestamp(), intake])
    try audit(
      db, actor: actor, action: "intake.status", participant: participant,
      detail: "intake \(intake): \(status.rawValue)")
  }
}
