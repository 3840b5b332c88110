import Foundation
import GRDB
import KartleggCore

extension SQLiteStorage {
  /// Imports an answers file in one transaction: registration, intake, answers, assessment and
  /// acceptance together, or nothing.
  ///
  /// A second import with the same key (the same file for the same name, such as a retry after
  /// "busy, try again") stores nothing and returns the first import's participant and intake.
  ///
  /// - Parameters:
  ///   - item: What to store.
  ///   - actor: Who imports.
  /// - Returns: The participant and intake, and whether they already existed.
  /// - Throws: ``StorageError`` when the database is busy (nothing is stored) or damaged.
  public func importIntake(_ item: IntakeImport, actor: String) throws -> ImportOutcome {
    let encoded = try Self.encode(item.answers)
    return try write { db in
      if let row = try Row.fetchOne(
        db, sql: "SELECT participant_id, intake_id FROM import_key WHERE key = ?",
        arguments: [item.key])
      {
        return ImportOutcome(
          participant: ParticipantID(row["participant_id"] as String), intake: row["intake_id"],
          isRepeat: true)
      }
      let participant = try insertParticipant(item.registration, actor: actor, in: db)
      let intake = try insertIntake(
        for: participant, surveyHash: item.surveyHash, language: item.language, actor: actor,
        in: db)
      try insertAnswers(encoded, in: intake, actor: actor, db: db)
      switch item.ending {
      case .assessed(let result, let accepts):
        try saveResult(result, of: intake, actor: actor, in: db)
        if accepts { try accept(intake, actor: actor, in: db) }
      case .stopped(let status):
        try setStatus(status, of: intake, actor: actor, in: db)
      }
      try db.execute(
        sql: "INSERT INTO import_key (key, participant_id, intake_id) VALUES (?, ?, ?)",
        arguments: [item.key, participant.rawValue, intake])
      return ImportOutcome(participant: participant, intake: intake, isRepeat: false)
    }
  }

  /// Registers a participant and starts their intake in one transaction, so that no
  /// participant exists without the intake that lets the adviser resume.
  ///
  /// - Parameters:
  ///   - registration: Who and where.
  ///   - surveyHash: The kept survey definition.
  ///   - language: The participant-side language.
  ///   - actor: Who registers.
  /// - Returns: The new participant and intake.
  /// - Throws: ``StorageError`` when the database is busy (nothing is stored) or damaged.
  public func registerAndStart(
    _ registration: Registration, surveyHash: String, language: LanguageCode, actor: String
  ) throws -> (participant: ParticipantID, intake: IntakeID) {
    try write { db in
      let participant = try insertParticipant(registration, actor: actor, in: db)
      let intake = try insertIntake(
        for: participant, surveyHash: surveyHash, language: language, actor: actor, in: db)
      return (participant, intake)
    }
  }
}

extension SQLiteStorage {
  /// Registers participants with their intakes, answers and results in one transaction, the
  /// statements prepared once for the batch; the audit entries are those of one by one.
  ///
  /// - Parameters:
  ///   - batch: What to store.
  ///   - actor: Who stores it.
  /// - Returns: The new participants, in the batch's order.
  /// - Throws: ``StorageError`` when the database is busy (nothing is stored) or damaged.
  public func storeBatch(_ batch: [BatchIntake], actor: String) throws -> [ParticipantID] {
    var encodings = AnswerEncodingCache()
    let encoded = try batch.map { try encodings.encode($0.answers) }
    return try write { db in
      try zip(batch, encoded).map { item, answers in
        let participant = try insertParticipant(item.registration, actor: actor, in: db)
        let intake = try insertIntake(
          for: participant, surveyHash: item.surveyHash, language: item.language, actor: actor,
          in: db)
        try insertAnswers(answers, in: intake, actor: actor, db: db)
        if let stop = item.stopStatus {
          try setStatus(stop, of: intake, actor: actor, in: db)
        } else if let result = item.result {
          try saveResult(result, of: intake, actor: actor, in: db)
          if item.accept { try accept(intake, actor: actor, in: db) }
        }
        return participant
      }
    }
  }
}
