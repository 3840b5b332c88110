import GRDB
import KartleggCore

/// The SQL that counts one cohort for its summary; see ``SQLiteStorage/cohortTally(_:tabulating:)``.
struct CohortQuery {
  let cohort: Int64
  let questions: [QuestionID]

  /// The participants' latest intakes, those with a result, and those of them without overrides.
  private var intakes: String {
    """
    WITH latest AS MATERIALIZED (
      SELECT max(i.id) AS intake_id FROM participant p JOIN intake i ON i.participant_id = p.id
      WHERE p.cohort_id = :cohort GROUP BY p.id),
    assessed AS MATERIALIZED (
      SELECT l.intake_id FROM latest l JOIN result r ON r.intake_id = l.intake_id),
    plain AS MATERIALIZED (
      SELECT intake_id FROM assessed WHERE intake_id NOT IN (SELECT intake_id FROM override))
    """
  }

  func count(into tally: inout CohortTally, in db: Database) throws {
    let questionList = questions.map {
      "'\($0.rawValue.replacingOccurrences(of: "'", with: "''"))'"
    }
    .joined(separator: ", ")
    let sql = """
      \(intakes)
      SELECT 'stage' AS kind, i.status AS a, NULL AS b, count(*) AS n
      FROM latest l JOIN intake i ON i.id = l.intake_id GROUP BY i.status
      UNION ALL
      SELECT 'flags', r.flags, NULL, count(*)
      FROM assessed a JOIN result r ON r.intake_id = a.intake_id GROUP BY r.flags
      UNION ALL
      SELECT 'value', v.part, v.value, count(*)
      FROM plain a JOIN result_value v ON v.intake_id = a.intake_id GROUP BY v.part, v.value
      UNION ALL
      SELECT 'interpreter', lang.value, mode.value, count(*)
      FROM plain a
      JOIN result_value need ON need.intake_id = a.intake_id AND need.part = :need
        AND need.value = :needed
      LEFT JOIN result_value lang ON lang.intake_id = a.intake_id AND lang.part = :language
      LEFT JOIN result_value mode ON mode.intake_id = a.intake_id AND mode.part = :mode
      GROUP BY lang.value, mode.value
      UNION ALL
      SELECT 'answer', an.question_id, an.value, count(*)
      FROM assessed a JOIN answer an ON an.intake_id = a.intake_id
      WHERE an.question_id IN (\(questionList)) AND an.value IS NOT NULL
      GROUP BY an.question_id, an.value
      """
    let arguments: StatementArguments = [
      "cohort": cohort, "need": AssessedPart.interpreterNeed.description,
      "needed": InterpreterNeed.needed.rawValue,
      "language": AssessedPart.interpreterLanguage.description,
      "mode": AssessedPart.interpreterMode.description,
    ]
    var started = 0
    for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
      let count: Int = row["n"]
      let first: String? = row["a"]
      let second: String? = row["b"]
      switch row["kind"] as String {
      case "stage":
        started += count
        if let stage = first.flatMap(IntakeStage.init(rawValue:)) {
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
      default:
        guard let first, let second else { continue }
        tally.add(try AnswerCoding.decode(second), to: QuestionID(first), count: count)
      }
    }
    tally.stages[.notStarted, default: 0] += tally.participants - started
    try countOverridden(into: &tally, in: db, arguments: arguments)
  }

  /// Adds the values in force of the assessed intakes with overrides, one intake at a time.
  private func countOverridden(
    into tally: inout CohortTally, in db: Database, arguments: StatementArguments
  ) throws {
    let sql = """
      \(intakes)
      SELECT a.intake_id AS intake, v.part AS part, v.value AS value, 0 AS overridden, 0 AS id
      FROM assessed a JOIN result_value v ON v.intake_id = a.intake_id
      WHERE a.intake_id IN (SELECT intake_id FROM override)
      UNION ALL
      SELECT o.intake_id, o.part, o.chosen, 1, o.id
      FROM assessed a JOIN override o ON o.intake_id = a.intake_id
      ORDER BY 1, 4, 5
      """
    var current: (intake: Int64, facts: AssessedFacts)?
    for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
      let intake: Int64 = row["intake"]
      guard let part = AssessedPart(row["part"]) else { continue }
      if let finished = current, finished.intake != intake { tally.addValues(of: finished.facts) }
      if current?.intake != intake { current = (intake, AssessedFacts()) }
      current?.facts.set(part, to: row["value"])
      if row["overridden"] as Bool { current?.facts.overriddenParts.insert(part) }
    }
    if let last = current { tally.addValues(of: last.facts) }
  }
}
