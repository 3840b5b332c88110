import Foundation
import GRDB
import KartleggCore

extension SQLiteStorage {
  /// A cohort's participants with their latest intake's answers and result, in one read
  /// transaction and four statements whatever the cohort's size: the participants with their
  /// latest intake and result, then the answers, result values and overrides of those intakes
  /// (see ``CohortResultsQuery``).
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
      let query = try CohortResultsQuery(cohort: cohort, in: db)
      var questions: Set<QuestionID>? = []
      for hash in query.surveyHashes {
        guard let stored = try Self.survey(hash: hash, in: db) else {
          throw StorageError.corrupt("survey \(hash)")
        }
        let asked = try answering(stored)
        questions = asked.flatMap { asked in questions.map { $0.union(asked) } }
      }
      return try query.results(answering: questions.map { Array($0).sorted() }, in: db)
    }
  }
}
