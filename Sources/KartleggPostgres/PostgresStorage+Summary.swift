import Foundation
import KartleggCore
import KartleggStore
import PostgresNIO

extension PostgresStorage {
  /// A cohort's counts for its summary, read on one snapshot and aggregated in SQL, like the
  /// SQLite store's. Reads no table with names, so the leader's role can run it.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - readingStates: Whether to read each participant's intake state.
  ///   - tabulated: Given the survey of the cohort's most recent intake, the questions to count.
  /// - Returns: The counts, or `nil` when there is no such cohort.
  /// - Throws: ``StorageError`` when the server refuses or fails, or what `tabulated` throws.
  public func cohortTally(
    _ cohort: String, readingStates: Bool,
    tabulating tabulated: (StoredSurvey?) throws -> [QuestionID]
  ) throws -> StoredCohortTally? {
    try read { session in
      guard
        let (cohortID, participants, isSynthetic) = try session.first(
          """
          SELECT c.id, count(p.id), coalesce(bool_or(p.is_synthetic), false)
          FROM cohort c LEFT JOIN participant p ON p.cohort_id = c.id
          WHERE c.name = \(cohort) GROUP BY c.id
          """, as: (Int64, Int64, Bool).self)
      else { return nil }
      let hash = try session.first(
        """
        SELECT i.survey_hash FROM intake i JOIN participant p ON p.id = i.participant_id
        WHERE p.cohort_id = \(cohortID) ORDER BY i.id DESC LIMIT 1
        """, as: String.self)
      let survey = try hash.flatMap { try Self.survey(hash: $0, in: session) }
      var tally = CohortTally()
      tally.participants = Int(participants)
      try PostgresCohortQuery(cohort: cohortID, questions: try tabulated(survey))
        .count(into: &tally, in: session)
      return StoredCohortTally(
        tally: tally, isSynthetic: isSynthetic, survey: survey,
        states: readingStates ? try Self.participantStates(cohort: cohortID, in: session) : [:])
    }
  }

  /// Each participant's latest intake state, as the SQLite store writes it.
  private static func participantStates(cohort: Int64, in session: PostgresSession) throws
    -> [ParticipantID: String]
  {
    let rows = try session.rows(
      """
      SELECT p.id, i.id, i.status, i.updated_at,
        (SELECT max(o.id) FROM override o WHERE o.intake_id = i.id)
      FROM participant p
      LEFT JOIN intake i ON i.id = (SELECT max(id) FROM intake WHERE participant_id = p.id)
      WHERE p.cohort_id = \(cohort)
      """, as: (String, Int64?, String?, String?, Int64?).self)
    var states: [ParticipantID: String] = [:]
    for (id, intake, status, updated, override) in rows {
      let parts = [intake.map(String.init), status, updated, override.map(String.init)]
      states[ParticipantID(id)] = parts.map { $0 ?? "" }.joined(separator: "|")
    }
    return states
  }
}

/// The SQL that counts one cohort for its summary: the SQLite store's `CohortQuery` in
/// PostgreSQL's dialect (no `INDEXED BY`; `= ANY` for lists).
struct PostgresCohortQuery {
  let cohort: Int64
  let questions: [QuestionID]

  func count(into tally: inout CohortTally, in session: PostgresSession) throws {
    let need = AssessedPart.interpreterNeed.description
    let language = AssessedPart.interpreterLanguage.description
    let mode = AssessedPart.interpreterMode.description
    let rows = try session.rows(
      """
      WITH latest AS MATERIALIZED (
        SELECT max(i.id) AS intake_id FROM participant p JOIN intake i ON i.participant_id = p.id
        WHERE p.cohort_id = \(cohort) GROUP BY p.id),
      assessed AS MATERIALIZED (
        SELECT l.intake_id FROM latest l JOIN result r ON r.intake_id = l.intake_id),
      plain AS MATERIALIZED (
        SELECT intake_id FROM assessed WHERE intake_id NOT IN (SELECT intake_id FROM override))
      SELECT 'stage' AS kind, i.status AS a, NULL AS b, count(*) AS n, NULL::bigint AS intake,
        NULL::bigint AS id
      FROM latest l JOIN intake i ON i.id = l.intake_id GROUP BY i.status
      UNION ALL
      SELECT 'flags', r.flags, NULL, count(*), NULL, NULL
      FROM result r WHERE r.intake_id IN (SELECT intake_id FROM assessed) GROUP BY r.flags
      UNION ALL
      SELECT 'value', v.part, v.value, count(*), NULL, NULL
      FROM result_value v WHERE v.intake_id IN (SELECT intake_id FROM plain)
      GROUP BY v.part, v.value
      UNION ALL
      SELECT 'interpreter', lang.value, md.value, count(*), NULL, NULL
      FROM result_value nd
      LEFT JOIN result_value lang ON lang.intake_id = nd.intake_id AND lang.part = \(language)
      LEFT JOIN result_value md ON md.intake_id = nd.intake_id AND md.part = \(mode)
      WHERE nd.part = \(need) AND nd.value = \(InterpreterNeed.needed.rawValue)
        AND nd.intake_id IN (SELECT intake_id FROM plain)
      GROUP BY lang.value, md.value
      UNION ALL
      SELECT 'answer', an.question_id, an.value, count(*), NULL, NULL
      FROM answer an
      WHERE an.question_id = ANY(\(questions.map(\.rawValue))::text[]) AND an.value IS NOT NULL
        AND an.intake_id IN (SELECT intake_id FROM assessed)
      GROUP BY an.question_id, an.value
      UNION ALL
      SELECT 'assessed-value', v.part, v.value, 0, v.intake_id, 0
      FROM result_value v WHERE v.intake_id IN (SELECT intake_id FROM override)
        AND v.intake_id IN (SELECT intake_id FROM assessed)
      UNION ALL
      SELECT 'override', o.part, o.chosen, 0, o.intake_id, o.id
      FROM override o WHERE o.intake_id IN (SELECT intake_id FROM assessed)
      """, as: (String, String?, String?, Int64, Int64?, Int64?).self)
    var started = 0
    var assessedValues: [Int64: [(AssessedPart, String)]] = [:]
    var overrides: [Int64: [(id: Int64, part: AssessedPart, chosen: String)]] = [:]
    for (kind, first, second, count, intake, id) in rows {
      let count = Int(count)
      switch kind {
      case "stage":
        started += count
        if let stage = first.flatMap(IntakeStatus.init(rawValue:)) {
          tally.stages[stage, default: 0] += count
        }
      case "flags":
        tally.assessed += count
        for flag in (first ?? "").split(separator: " ") {
          tally.flags[FlagID(String(flag)), default: 0] += count
        }
      case "value":
        guard let part = first.flatMap(AssessedPart.init), let second else { continue }
        tally.add(second, of: part, count: count)
      case "interpreter":
        tally.addInterpreter(
          language: first.map { LanguageCode($0) },
          mode: second.flatMap(InterpreterMode.init(rawValue:)), count: count)
      case "answer":
        guard let first, let second else { continue }
        tally.add(try AnswerCoding.decode(second), to: QuestionID(first), count: count)
      default:
        guard let part = first.flatMap(AssessedPart.init), let second, let intake else {
          continue
        }
        if kind == "override" {
          overrides[intake, default: []].append((id ?? 0, part, second))
        } else {
          assessedValues[intake, default: []].append((part, second))
        }
      }
    }
    tally.stages[.notStarted, default: 0] += tally.participants - started
    for (intake, made) in overrides {
      var facts = AssessedFacts()
      for (part, value) in assessedValues[intake] ?? [] { facts.set(part, to: value) }
      for override in made.sorted(by: { $0.id < $1.id }) {
        facts.set(override.part, to: override.chosen)
        facts.overriddenParts.insert(override.part)
      }
      tally.addValues(of: facts)
    }
  }
}
