import Foundation
import KartleggCore
import KartleggStore
import PostgresNIO

extension PostgresStorage {
  /// Registers a participant under a fresh random id.
  ///
  /// - Parameters:
  ///   - registration: Who and where.
  ///   - actor: Who registers.
  /// - Returns: The new id.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func register(_ registration: Registration, actor: String) throws -> ParticipantID {
    try write { session in try insertParticipant(registration, actor: actor, in: session) }
  }

  func insertParticipant(_ registration: Registration, actor: String, in session: PostgresSession)
    throws -> ParticipantID
  {
    let now = timestamp()
    try session.execute(
      """
      INSERT INTO cohort (name, created_at) VALUES (\(registration.cohort), \(now))
      ON CONFLICT (name) DO NOTHING
      """)
    guard
      let cohort = try session.first(
        "SELECT id FROM cohort WHERE name = \(registration.cohort)", as: Int64.self)
    else { throw StorageError.corrupt("cohort") }
    var id = PseudonymousID.random()
    while try session.first(
      "SELECT 1 FROM participant WHERE id = \(id.rawValue)", as: Int32.self) != nil
    {
      id = PseudonymousID.random()
    }
    try session.execute(
      """
      INSERT INTO participant (id, cohort_id, programme, is_synthetic, registered_at)
      VALUES (\(id.rawValue), \(cohort), \(registration.programme),
        \(registration.isSynthetic), \(now))
      """)
    try session.execute(
      """
      INSERT INTO identity (participant_id, name, contact)
      VALUES (\(id.rawValue), \(registration.name), \(registration.contact))
      """)
    try audit(session, actor: actor, action: "participant.register", participant: id)
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
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func startIntake(
    for participant: ParticipantID, surveyHash: String, language: LanguageCode, actor: String
  ) throws -> IntakeID {
    try write { session in
      try insertIntake(
        for: participant, surveyHash: surveyHash, language: language, actor: actor, in: session)
    }
  }

  func insertIntake(
    for participant: ParticipantID, surveyHash: String, language: LanguageCode, actor: String,
    in session: PostgresSession
  ) throws -> IntakeID {
    let now = timestamp()
    guard
      let id = try session.first(
        """
        INSERT INTO intake (participant_id, survey_hash, language, status, started_at,
          updated_at)
        VALUES (\(participant.rawValue), \(surveyHash), \(language.rawValue), 'in-progress',
          \(now), \(now))
        RETURNING id
        """, as: Int64.self)
    else { throw StorageError.corrupt("intake without id") }
    try audit(
      session, actor: actor, action: "intake.start", participant: participant,
      detail: "intake \(id)")
    return id
  }

  static let intakeColumns = """
    SELECT i.id, i.participant_id, i.survey_hash, s.survey_id, s.version, i.language, i.status,
      i.started_at, i.updated_at
    FROM intake i JOIN survey_definition s ON s.hash = i.survey_hash
    """

  static func intakes(_ query: PostgresQuery, in session: PostgresSession) throws
    -> [IntakeRecord]
  {
    try session.rows(
      query, as: (Int64, String, String, String, String, String, String, String, String).self
    ).map { id, participant, hash, survey, version, language, status, started, updated in
      guard let status = IntakeStatus(rawValue: status), let startedAt = date(started),
        let updatedAt = date(updated)
      else { throw StorageError.corrupt("intake \(id)") }
      return IntakeRecord(
        id: id, participant: ParticipantID(participant), surveyHash: hash,
        surveyID: SurveyID(survey), surveyVersion: version, language: LanguageCode(language),
        status: status, startedAt: startedAt, updatedAt: updatedAt)
    }
  }

  /// One intake.
  ///
  /// - Parameter id: The intake's number.
  /// - Returns: The intake, if it exists.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func intake(_ id: IntakeID) throws -> IntakeRecord? {
    try read { session in
      try Self.intakes(
        "\(unescaped: Self.intakeColumns) WHERE i.id = \(id)", in: session
      ).first
    }
  }

  /// A participant's latest intake.
  ///
  /// - Parameter participant: The participant.
  /// - Returns: The intake, if any.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func latestIntake(of participant: ParticipantID) throws -> IntakeRecord? {
    try read { session in
      try Self.intakes(
        """
        \(unescaped: Self.intakeColumns) WHERE i.participant_id = \(participant.rawValue)
        ORDER BY i.id DESC LIMIT 1
        """, in: session
      ).first
    }
  }

  /// Intakes not complete, most recently changed first.
  ///
  /// - Returns: The intakes.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func unfinishedIntakes() throws -> [IntakeRecord] {
    try read { session in
      try Self.intakes(
        """
        \(unescaped: Self.intakeColumns) WHERE i.status <> 'complete'
        ORDER BY i.updated_at DESC, i.id DESC
        """, in: session)
    }
  }

  /// An intake's answers and skips.
  ///
  /// - Parameter intake: The intake.
  /// - Returns: The answers.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func answers(of intake: IntakeID) throws -> StoredAnswers {
    try read { session in try Self.answers(of: intake, in: session) }
  }

  static func answers(of intake: IntakeID, in session: PostgresSession) throws -> StoredAnswers {
    var stored = StoredAnswers()
    for (question, value) in try session.rows(
      "SELECT question_id, value FROM answer WHERE intake_id = \(intake)",
      as: (String, String?).self)
    {
      if let value {
        stored.answers[QuestionID(question)] = try AnswerCoding.decode(value)
      } else {
        stored.skipped.insert(QuestionID(question))
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
  /// - Throws: ``StorageError`` when the intake is unknown or the server refuses or fails.
  public func record(
    _ answer: Answer?, for question: QuestionID, in intake: IntakeID, removing: [QuestionID],
    actor: String
  ) throws {
    let value = try answer.map(AnswerCoding.encode)
    try write { session in
      let participant = try Self.participant(of: intake, in: session)
      let now = timestamp()
      try session.execute(
        """
        INSERT INTO answer (intake_id, question_id, value, answered_at)
        VALUES (\(intake), \(question.rawValue), \(value), \(now))
        ON CONFLICT (intake_id, question_id)
        DO UPDATE SET value = excluded.value, answered_at = excluded.answered_at
        """)
      if !removing.isEmpty {
        try session.execute(
          """
          DELETE FROM answer WHERE intake_id = \(intake)
            AND question_id = ANY(\(removing.map(\.rawValue)))
          """)
      }
      try session.execute(
        "UPDATE intake SET updated_at = \(now), status = 'in-progress' WHERE id = \(intake)")
      try audit(
        session, actor: actor, action: answer == nil ? "answer.skip" : "answer.record",
        participant: participant, detail: question.rawValue)
    }
  }

  /// Records a whole set of answers in one transaction (an imported answers file).
  ///
  /// - Parameters:
  ///   - answers: The answers.
  ///   - intake: The intake.
  ///   - actor: Who imported them.
  /// - Throws: ``StorageError`` when the intake is unknown or the server refuses or fails.
  public func recordAll(_ answers: AnswerSet, in intake: IntakeID, actor: String) throws {
    let encoded = try answers.sorted { $0.key < $1.key }.map {
      ($0.key.rawValue, try AnswerCoding.encode($0.value))
    }
    try write { session in try insertAnswers(encoded, in: intake, actor: actor, session: session) }
  }

  func insertAnswers(
    _ encoded: [(String, String)], in intake: IntakeID, actor: String, session: PostgresSession
  ) throws {
    let participant = try Self.participant(of: intake, in: session)
    try session.execute(
      """
      INSERT INTO answer (intake_id, question_id, value, answered_at)
      SELECT \(intake), q, v, \(timestamp())
      FROM unnest(\(encoded.map(\.0))::text[], \(encoded.map(\.1))::text[]) AS a(q, v)
      ON CONFLICT (intake_id, question_id)
      DO UPDATE SET value = excluded.value, answered_at = excluded.answered_at
      """)
    try audit(
      session, actor: actor, action: "answer.import", participant: participant,
      detail: "intake \(intake): \(encoded.count) answers")
  }

  static func participant(of intake: IntakeID, in session: PostgresSession) throws
    -> ParticipantID
  {
    guard
      let id = try session.first(
        "SELECT participant_id FROM intake WHERE id = \(intake)", as: String.self)
    else { throw StorageError.unknownIntake(intake) }
    return ParticipantID(id)
  }

  /// Changes an intake's status.
  ///
  /// - Parameters:
  ///   - status: The new status.
  ///   - intake: The intake.
  ///   - actor: Who changed it.
  /// - Throws: ``StorageError`` when the intake is unknown or the server refuses or fails.
  public func setStatus(_ status: IntakeStatus, of intake: IntakeID, actor: String) throws {
    try write { session in try setStatus(status, of: intake, actor: actor, in: session) }
  }

  func setStatus(
    _ status: IntakeStatus, of intake: IntakeID, actor: String, in session: PostgresSession
  ) throws {
    let participant = try Self.participant(of: intake, in: session)
    try session.execute(
      """
      UPDATE intake SET status = \(status.rawValue), updated_at = \(timestamp())
      WHERE id = \(intake)
      """)
    try audit(
      session, actor: actor, action: "intake.status", participant: participant,
      detail: "intake \(intake): \(status.rawValue)")
  }
}
