import GRDB
import KartleggCore

/// The SQL that counts one cohort for its summary; see ``SQLiteStorage/cohortTally(_:tabulating:)``.
struct CohortQuery {
  let cohort: Int64
  let questions: [QuestionID]

  /// The participants' latest intakes, those with a result, and those of them without overrides.
  private var intakes: SQL {
    """
    WITH latest AS MATERIALIZED (
      SELECT max(i.id) AS intake_id FROM participant p JOIN intake i ON i.participant_id = p.id
      WHERE p.cohort_id = \(cohort) GROUP BY p.id),
    assessed AS MATERIALIZED (
      SELECT l.intake_id FROM latest l JOIN result r ON r.intake_id = l.intake_id),
    plain AS MATERIALIZED (
      SELECT intake_id FROM assessed WHERE intake_id NOT IN (SELECT intake_id FROM override))
    """
  }

  func count(into tally: inout CohortTally, in db: Database) throws {
    let questionIDs = questions.map(\.rawValue)
    let language = AssessedPart.interpreterLanguage.description
    let mode = AssessedPart.interpreterMode.description
    let need = AssessedPart.interpreterNeed.description
    let needed = InterpreterNeed.needed.rawValue
    // Each count scans an index of migration 3-summary in (key, value) order, so GROUP BY needs
    // no sort; the unary `+` keeps SQLite from looking up the IN list through the index instead.
    let sql: SQL = """
      \(intakes)
      SELECT 'stage' AS kind, i.status AS a, NULL AS b, count(*) AS n, NULL AS intake,
        NULL AS id
      FROM latest l JOIN intake i ON i.id = l.intake_id GROUP BY i.status
      UNION ALL
      SELECT 'flags', r.flags, NULL, count(*), NULL, NULL
      FROM result r INDEXED BY result_by_flags WHERE +r.intake_id IN assessed GROUP BY r.flags
      UNION ALL
      SELECT 'value', v.part, v.value, count(*), NULL, NULL
      FROM result_value v INDEXED BY result_value_by_value WHERE +v.intake_id IN plain
      GROUP BY v.part, v.value
      UNION ALL
      SELECT 'interpreter', lang.value, mode.value, count(*), NULL, NULL
      FROM result_value need INDEXED BY result_value_by_value
      LEFT JOIN result_value lang ON lang.intake_id = need.intake_id AND lang.part = \(language)
      LEFT JOIN result_value mode ON mode.intake_id = need.intake_id AND mode.part = \(mode)
      WHERE need.part = \(need) AND need.value = \(needed) AND +need.intake_id IN plain
      GROUP BY lang.value, mode.value
      UNION ALL
      SELECT 'answer', an.question_id, an.value, count(*), NULL, NULL
      FROM answer an INDEXED BY answer_by_value
      WHERE an.question_id IN \(questionIDs) AND an.value IS NOT NULL
        AND +an.intake_id IN assessed
      GROUP BY an.question_id, an.value
      UNION ALL
      SELECT 'assessed-value', v.part, v.value, 0, v.intake_id, 0
      FROM result_value v WHERE v.intake_id IN (SELECT intake_id FROM override)
        AND v.intake_id IN assessed
      UNION ALL
      SELECT 'override', o.part, o.chosen, 0, o.intake_id, o.id
      FROM override o WHERE o.intake_id IN assessed
      """
    var started = 0
    var overridden = OverriddenResults()
    for row in try Row.fetchAll(db, SQLRequest<Row>(literal: sql)) {
      let count: Int = row["n"]
      let first: String? = row["a"]
      let second: String? = row["b"]
      switch row["kind"] as String {
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
        guard let part = first.flatMap(AssessedPart.init), let second else { continue }
        overridden.add(row["kind"], intake: row["intake"], id: row["id"], part: part, value: second)
      }
    }
    tally.stages[.notStarted, default: 0] += tally.participants - started
    for assessment in overridden.inForce { tally.addValues(of: assessment) }
  }
}

/// The results with overrides, collected row by row: assessed values, then every override applied
/// in the order made, so the latest override of a part is the value in force.
private struct OverriddenResults {
  private var assessed: [Int64: [(AssessedPart, String)]] = [:]
  private var overrides: [Int64: [(id: Int64, part: AssessedPart, chosen: String)]] = [:]

  mutating func add(_ kind: String, intake: Int64, id: Int64, part: AssessedPart, value: String) {
    if kind == "override" {
      overrides[intake, default: []].append((id, part, value))
    } else {
      assessed[intake, default: []].append((part, value))
    }
  }

  var inForce: [AssessedFacts] {
    overrides.map { intake, made in
      let ordered = made.sorted(by: { $0.id < $1.id })
      let values = ResultValues.inForce(
        assessed: Dictionary((assessed[intake] ?? []).map { ($0.0, $0.1) }) { _, last in last },
        overrides: ordered.map { (part: $0.part, chosen: $0.chosen) })
      var facts = AssessedFacts()
      for (part, value) in values { facts.set(part, to: value) }
      facts.overriddenParts = Set(ordered.map(\.part))
      return facts
    }
  }
}
