import Foundation
import KartleggCore

/// Where kartlegg keeps participants, intakes, answers, results and the audit log.
///
/// Every method that changes something commits before it returns, so an answer the adviser
/// confirmed survives whatever happens to the process next. `actor` is who acted, for the audit
/// log. SQLite through GRDB (``SQLiteStorage``) is the default; the protocol is the seam for a
/// shared server backend.
public protocol Storage: Sendable {
  /// Registers a participant: identity apart, a random pseudonymous id, the cohort created when
  /// new.
  func register(_ registration: Registration, actor: String) throws -> ParticipantID

  /// Keeps a survey definition (once per content hash).
  func keep(_ survey: StoredSurvey) throws

  /// A kept survey definition.
  func survey(hash: String) throws -> StoredSurvey?

  /// Registers a participant and starts their intake in one transaction.
  func registerAndStart(
    _ registration: Registration, surveyHash: String, language: LanguageCode, actor: String
  ) throws -> (participant: ParticipantID, intake: IntakeID)

  /// Imports an answers file in one transaction (registration, intake, answers, result,
  /// acceptance); a repeated key stores nothing and returns the first import.
  func importIntake(_ item: IntakeImport, actor: String) throws -> ImportOutcome

  /// Starts an intake under a kept survey.
  func startIntake(
    for participant: ParticipantID, surveyHash: String, language: LanguageCode, actor: String
  ) throws -> IntakeID

  /// One intake.
  func intake(_ id: IntakeID) throws -> IntakeRecord?

  /// A participant's latest intake.
  func latestIntake(of participant: ParticipantID) throws -> IntakeRecord?

  /// Intakes not yet complete, most recently changed first.
  func unfinishedIntakes() throws -> [IntakeRecord]

  /// An intake's answers and skips.
  func answers(of intake: IntakeID) throws -> StoredAnswers

  /// Records one answer (or, with `nil`, a deliberate skip) and removes the answers of questions
  /// that no longer apply, in one transaction.
  func record(
    _ answer: Answer?, for question: QuestionID, in intake: IntakeID, removing: [QuestionID],
    actor: String
  ) throws

  /// Records a whole set of answers in one transaction (an imported answers file).
  func recordAll(_ answers: AnswerSet, in intake: IntakeID, actor: String) throws

  /// Opens an intake for one session: records the holder unless another holder that
  /// `isAlive` says is still running has it open.
  ///
  /// - Returns: `nil` when the intake is now this holder's, else who has it open.
  func lock(_ intake: IntakeID, as holder: IntakeLock, isAlive: (IntakeLock) -> Bool) throws
    -> IntakeLock?

  /// Closes an intake this holder opened; a lock of another holder stays.
  func unlock(_ intake: IntakeID, holder: IntakeLock) throws

  /// Changes an intake's status.
  func setStatus(_ status: IntakeStatus, of intake: IntakeID, actor: String) throws

  /// Saves an intake's assessment, replacing an earlier one; the overrides stay in force and
  /// the result awaits acceptance again.
  func saveResult(_ result: AssessedResult, of intake: IntakeID, actor: String) throws

  /// Records an adviser's override of part of an intake's result, at once.
  func addOverride(_ override: Override, to intake: IntakeID, actor: String) throws

  /// Accepts an intake's result (with the overrides made) and completes the intake.
  func accept(_ intake: IntakeID, actor: String) throws

  /// An intake's stored result.
  func result(of intake: IntakeID) throws -> StoredResult?

  /// Participants, registration order; names only when asked.
  func participants(cohort: String?, includeNames: Bool) throws -> [ParticipantSummary]

  /// The names of all cohorts, in no particular order.
  func cohortNames() throws -> [String]

  /// Records in the audit log that names were listed (of one cohort, or of all).
  func noteNamesListed(cohort: String?, actor: String) throws

  /// Records in the audit log that a participant's result sheet was made (the event only).
  func noteSheetMade(for participant: ParticipantID, actor: String) throws

  /// Records in the audit log that a group's sheet was made with its members' names (who, when,
  /// cohort and group; no answers).
  func noteGroupSheet(cohort: String, group: String, actor: String) throws

  /// Corrects a participant's registration; audit-logged with the fields changed. Returns
  /// whether the participant exists.
  func edit(_ participant: ParticipantID, _ change: RegistrationChange, actor: String) throws
    -> Bool

  /// Everything stored about a participant; the access is audit-logged.
  func export(_ participant: ParticipantID, actor: String) throws -> ParticipantExport?

  /// Removes a participant's identity, answers and results so nothing of them stays readable in
  /// the file; leaves an audit entry without personal data. Returns whether they existed.
  func erase(_ participant: ParticipantID, actor: String) throws -> Bool

  /// The audit log, oldest first.
  func auditLog() throws -> [AuditEntry]

  /// A cohort's counts for its summary, in one read; `nil` when there is no such cohort. Each
  /// participant's intake state (``StoredCohortTally/states``) is read only when `readingStates`
  /// (a shared summary's release record needs it; an internal one does not).
  func cohortTally(
    _ cohort: String, readingStates: Bool, tabulating: (StoredSurvey?) throws -> [QuestionID]
  ) throws -> StoredCohortTally?

  /// A cohort's participants with their latest intake's answers and result, read in one
  /// transaction with a fixed number of statements whatever the cohort's size. `answering` is
  /// given each survey definition the intakes ran under and names the questions whose answers
  /// to read (`nil`: all of them).
  func cohortResults(
    _ cohort: String, answering: (StoredSurvey) throws -> Set<QuestionID>?
  ) throws -> CohortResults

  /// Registers participants with their intakes, answers and results in one transaction, with
  /// the same audit entries as one by one; all or nothing.
  func storeBatch(_ batch: [BatchIntake], actor: String) throws -> [ParticipantID]

  /// Records a summary shared outside the programme, after `check` accepted it against the
  /// cohort's earlier shared releases (oldest first), in one transaction; audit-logged.
  func recordSharedRelease(
    _ release: SharedRelease, cohort: String, check: ([SharedRelease]) throws -> Void
  ) throws

  /// Audit-logs that a summary was made: the cohort, the audience and the format.
  func noteSummary(cohort: String, audience: String, format: String, actor: String) throws
}
