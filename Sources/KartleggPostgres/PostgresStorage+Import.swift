import Foundation
import KartleggCore
import KartleggStore
import PostgresNIO

extension PostgresStorage {
  /// Imports an answers file in one transaction: registration, intake, answers, assessment and
  /// acceptance together, or nothing; a second import with the same key stores nothing and
  /// returns the first.
  ///
  /// - Parameters:
  ///   - item: What to store.
  ///   - actor: Who imports.
  /// - Returns: The participant and intake, and whether they already existed.
  /// - Throws: ``StorageError`` when the server refuses or fails (nothing is stored).
  public func importIntake(_ item: IntakeImport, actor: String) throws -> ImportOutcome {
    let encoded = try item.answers.sorted { $0.key < $1.key }.map {
      ($0.key.rawValue, try AnswerCoding.encode($0.value))
    }
    return try write { session in
      try session.execute("SELECT pg_advisory_xact_lock(hashtext(\(item.key)))")
      if let first = try session.first(
        "SELECT participant_id FROM import_key WHERE key = \(item.key)", as: String.self),
        let intake = try session.first(
          "SELECT intake_id FROM import_key WHERE key = \(item.key)", as: Int64.self)
      {
        return ImportOutcome(participant: ParticipantID(first), intake: intake, isRepeat: true)
      }
      let participant = try insertParticipant(item.registration, actor: actor, in: session)
      let intake = try insertIntake(
        for: participant, surveyHash: item.surveyHash, language: item.language, actor: actor,
        in: session)
      try insertAnswers(encoded, in: intake, actor: actor, session: session)
      switch item.ending {
      case .assessed(let result, let accepts):
        try saveResult(result, of: intake, actor: actor, in: session)
        if accepts { try accept(intake, actor: actor, in: session) }
      case .stopped(let status):
        try setStatus(status, of: intake, actor: actor, in: session)
      }
      try session.execute(
        """
        INSERT INTO import_key (key, participant_id, intake_id)
        VALUES (\(item.key), \(participant.rawValue), \(intake))
        """)
      return ImportOutcome(participant: participant, intake: intake, isRepeat: false)
    }
  }

  /// Registers a participant and starts their intake in one transaction.
  ///
  /// - Parameters:
  ///   - registration: Who and where.
  ///   - surveyHash: The kept survey definition.
  ///   - language: The participant-side language.
  ///   - actor: Who registers.
  /// - Returns: The new participant and intake.
  /// - Throws: ``StorageError`` when the server refuses or fails (nothing is stored).
  public func registerAndStart(
    _ registration: Registration, surveyHash: String, language: LanguageCode, actor: String
  ) throws -> (participant: ParticipantID, intake: IntakeID) {
    try write { session in
      let participant = try insertParticipant(registration, actor: actor, in: session)
      let intake = try insertIntake(
        for: participant, surveyHash: surveyHash, language: language, actor: actor, in: session)
      return (participant, intake)
    }
  }
}

extension PostgresStorage {
  /// Registers participants with their intakes, answers and results in one transaction; the
  /// audit entries are those of one by one.
  ///
  /// - Parameters:
  ///   - batch: What to store.
  ///   - actor: Who stores it.
  /// - Returns: The new participants, in the batch's order.
  /// - Throws: ``StorageError`` when the server refuses or fails (nothing is stored).
  public func storeBatch(_ batch: [BatchIntake], actor: String) throws -> [ParticipantID] {
    var encodings = AnswerEncodingCache()
    let encoded = try batch.map { item in
      try encodings.encode(item.answers).map { ($0.0.rawValue, $0.1) }
    }
    return try write { session in
      try zip(batch, encoded).map { item, answers in
        let participant = try insertParticipant(item.registration, actor: actor, in: session)
        let intake = try insertIntake(
          for: participant, surveyHash: item.surveyHash, language: item.language, actor: actor,
          in: session)
        try insertAnswers(answers, in: intake, actor: actor, session: session)
        if let stop = item.stopStatus {
          try setStatus(stop, of: intake, actor: actor, in: session)
        } else if let result = item.result {
          try saveResult(result, of: intake, actor: actor, in: session)
          if item.accept { try accept(intake, actor: actor, in: session) }
        }
        return participant
      }
    }
  }
}
