import KartleggCore
import Testing

/// Answers files with problems: every problem is reported, in file order, as
/// `FILE:LINE:COL: error: message`.
@Suite struct AnswersFileReaderTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var json: String
    var diagnostics: [String]
    /// Whether the file is for the score survey (with a date question) instead of the standard one.
    var isScoreSurvey = false
    /// Why kartlegg is known to report something else, if it does.
    var knownIssue: String?
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "bad JSON",
      json: """
        {
          "survey": "digital-intake",
          "answers": {
            "consent.informed": "yes"
            "consent.language": "ti"
          }
        }
        """,
      diagnostics: [
        "answers.json:5:5: error: invalid JSON: expected ',' or '}' but found '\"'"
      ]),
    Case(
      name: "bad JSON after Ethiopic text counts characters",
      json: """
        {
          "survey": "digital-intake",
          "answers": {"interpreter.dialect": "ትግርኛ",, "consent.informed": "yes"}
        }
        """,
      diagnostics: [
        "answers.json:3:45: error: invalid JSON: expected a key in double quotes but found ','"
      ]),
    Case(
      name: "unknown question",
      json: """
        {
          "survey": "digital-intake",
          "version": "1.0",
          "answers": {
            "consent.informed": "yes",
            "devices.smartphone": "own"
          }
        }
        """,
      diagnostics: [
        "answers.json:6:5: error: unknown question 'devices.smartphone' (did you mean 'device.smartphone'?)"
      ]),
    Case(
      name: "not an option",
      json: """
        {
          "survey": "digital-intake",
          "version": "1.0",
          "answers": {
            "consent.informed": "yes",
            "device.smartphone": "shard"
          }
        }
        """,
      diagnostics: [
        "answers.json:6:26: error: 'shard' is not an option of question 'device.smartphone' (did you mean 'shared'?)"
      ]),
    Case(
      name: "number for a single choice",
      json: """
        {
          "survey": "digital-intake",
          "version": "1.0",
          "answers": {
            "consent.informed": "yes",
            "device.smartphone": 1
          }
        }
        """,
      diagnostics: [
        "answers.json:6:26: error: question 'device.smartphone' expects one option value as a string, found a number"
      ]),
    Case(
      name: "string for a number",
      json: """
        {
          "survey": "digital-intake",
          "answers": {
            "consent.informed": "yes",
            "background.work_years": "3"
          }
        }
        """,
      diagnostics: [
        "answers.json:5:30: error: question 'background.work_years' expects a number, found a string"
      ]),
    Case(
      name: "number out of range",
      json: """
        {
          "survey": "digital-intake",
          "version": "1.0",
          "answers": {
            "consent.informed": "yes",
            "background.work_years": 61
          }
        }
        """,
      diagnostics: [
        "answers.json:6:30: error: the answer to 'background.work_years' must be from 0 to 60"
      ]),
    Case(
      name: "fraction for a whole number",
      json: """
        {
          "survey": "digital-intake",
          "version": "1.0",
          "answers": {
            "consent.informed": "yes",
            "background.school_years": 4.5
          }
        }
        """,
      diagnostics: [
        "answers.json:6:32: error: the answer to 'background.school_years' must be a whole number"
      ]),
    Case(
      name: "text too long",
      json: """
        {
          "survey": "digital-intake",
          "answers": {
            "consent.informed": "yes",
            "background.industry": "other",
            "background.industry_other": "\(String(repeating: "x", count: 101))"
          }
        }
        """,
      diagnostics: [
        "answers.json:6:34: error: the answer to 'background.industry_other' is longer than 100 characters"
      ]),
    Case(
      name: "not a real date",
      json: """
        {
          "survey": "score-test",
          "answers": {
            "start.date": "2026-02-30"
          }
        }
        """,
      diagnostics: [
        "answers.json:4:19: error: the answer to 'start.date' is not a date of the form YYYY-MM-DD"
      ],
      isScoreSurvey: true),
    Case(
      name: "date too early",
      json: """
        {
          "survey": "score-test",
          "answers": {
            "start.date": "2019-12-31"
          }
        }
        """,
      diagnostics: [
        "answers.json:4:19: error: the answer to 'start.date' must not be before 2020-01-01"
      ],
      isScoreSurvey: true),
    Case(
      name: "question that does not apply",
      json: """
        {
          "survey": "digital-intake",
          "answers": {
            "consent.informed": "yes",
            "device.smartphone": "own",
            "device.basic_phone": "own"
          }
        }
        """,
      diagnostics: [
        "answers.json:6:5: error: question 'device.basic_phone' does not apply to this participant (it is asked when consent.informed = 'yes' and device.smartphone = 'none')"
      ]),
    Case(
      name: "exclusive option combined",
      json: """
        {
          "survey": "digital-intake",
          "answers": {
            "consent.informed": "yes",
            "device.smartphone": "own",
            "apps.used": ["none", "sms"]
          }
        }
        """,
      diagnostics: [
        "answers.json:6:18: error: option 'none' of 'apps.used' cannot be combined with other options"
      ]),
    Case(
      name: "option chosen twice",
      json: """
        {
          "survey": "digital-intake",
          "answers": {
            "consent.informed": "yes",
            "device.smartphone": "own",
            "apps.used": ["sms", "sms"]
          }
        }
        """,
      diagnostics: ["answers.json:6:18: error: 'sms' is chosen twice in 'apps.used'"]),
    Case(
      name: "unknown language",
      json: """
        {
          "survey": "digital-intake",
          "answers": {
            "consent.informed": "yes",
            "consent.language": "xx"
          }
        }
        """,
      diagnostics: ["answers.json:5:25: error: 'xx' is not a language in the survey's registry"]),
    Case(
      name: "Norwegian as the interpreter language",
      json: """
        {
          "survey": "digital-intake",
          "answers": {
            "consent.informed": "yes",
            "interpreter.needed": "yes",
            "interpreter.language": "nn"
          }
        }
        """,
      diagnostics: [
        "answers.json:6:29: error: 'nn' is not an interpreter language in this survey; "
          + "give the language the participant needs an interpreter for"
      ]),
    Case(
      name: "another survey",
      json: """
        {
          "survey": "digital-intak",
          "answers": {}
        }
        """,
      diagnostics: [
        "answers.json:2:13: error: answers are for survey 'digital-intak', not 'digital-intake'"
      ]),
    Case(
      name: "another version",
      json: """
        {
          "survey": "digital-intake",
          "version": "2.0",
          "answers": {}
        }
        """,
      diagnostics: [
        "answers.json:3:14: error: answers were given under version '2.0' of the survey, which is now version '1.0'"
      ]),
    Case(
      name: "survey missing",
      json: """
        {
          "answers": {}
        }
        """,
      diagnostics: ["answers.json:1:1: error: expected the survey id for 'survey'"]),
    Case(
      name: "unknown top-level field",
      json: """
        {
          "survey": "digital-intake",
          "participant": "P-17",
          "answers": {}
        }
        """,
      diagnostics: [
        "answers.json:3:3: error: expected only 'survey', 'version', 'language' and 'answers' for 'participant'"
      ]),
    Case(
      name: "top-level field twice",
      json: """
        {
          "survey": "digital-intake",
          "answers": {},
          "survey": "digital-intake"
        }
        """,
      diagnostics: [
        "answers.json:4:3: error: expected one value (it appears twice) for 'survey'"
      ]),
    Case(
      name: "answer given twice",
      json: """
        {
          "survey": "digital-intake",
          "answers": {
            "consent.informed": "yes",
            "consent.informed": "no"
          }
        }
        """,
      diagnostics: ["answers.json:5:5: error: question 'consent.informed' is answered twice"]),
    Case(
      name: "answer given twice, the first one invalid",
      json: """
        {
          "survey": "digital-intake",
          "answers": {
            "consent.informed": "yes",
            "device.smartphone": "shard",
            "device.smartphone": "own"
          }
        }
        """,
      diagnostics: [
        "answers.json:5:26: error: 'shard' is not an option of question 'device.smartphone' (did you mean 'shared'?)",
        "answers.json:6:5: error: question 'device.smartphone' is answered twice",
      ]),
    // Found in the order version, unknown question, then (with all answers in place) the
    // question that does not apply; reported in file order.
    Case(
      name: "three problems in file order",
      json: """
        {
          "survey": "digital-intake",
          "version": "0.9",
          "answers": {
            "consent.informed": "yes",
            "device.smartphone": "own",
            "device.basic_phone": "own",
            "devices.pc": "own"
          }
        }
        """,
      diagnostics: [
        "answers.json:3:14: error: answers were given under version '0.9' of the survey, which is now version '1.0'",
        "answers.json:7:5: error: question 'device.basic_phone' does not apply to this participant (it is asked when consent.informed = 'yes' and device.smartphone = 'none')",
        "answers.json:8:5: error: unknown question 'devices.pc' (did you mean 'device.pc'?)",
      ]),
  ]

  @Test(arguments: cases)
  func reportsEveryProblemWithItsLocation(file: Case) throws {
    let survey =
      file.isScoreSurvey
      ? try Repository.survey(
        ScoreSurvey.text(bands: ScoreSurvey.standardBands), file: ScoreSurvey.file)
      : try Repository.standardSurvey()
    let failure = #expect(throws: AnswersFileFailure.self) {
      try AnswersFileReader(survey: survey).read(Array(file.json.utf8), file: "answers.json")
    }
    let diagnostics = failure?.problems.map(\.diagnostic)
    if let issue = file.knownIssue {
      withKnownIssue(Comment(rawValue: issue)) { #expect(diagnostics == file.diagnostics) }
    } else {
      #expect(diagnostics == file.diagnostics)
    }
  }

  private static let implausible = """
    {
      "survey": "digital-intake",
      "answers": {
        "consent.informed": "yes",
        "background.work_years": 55
      }
    }
    """

  @Test func aBrokenWarningConstraintIsAcceptedWithAWarning() throws {
    let file = try AnswersFileReader(survey: try Repository.standardSurvey()).read(
      Array(Self.implausible.utf8), file: "answers.json")
    #expect(file.answers["background.work_years"] == .number(55))
    #expect(
      file.warnings.map(\.diagnostic) == [
        "answers.json:5:5: warning: the answer to 'background.work_years' is accepted but worth "
          + "checking: Mer enn 50 år i jobb er lite sannsynlig. Sjekk svaret med deltakeren."
      ])
  }

  @Test func aBrokenErrorConstraintIsRefused() throws {
    let text = String(decoding: try Repository.bytes("surveys/digital-intake.xml"), as: UTF8.self)
      .replacingOccurrences(
        of: "<constraint test=\". &lt;= 50\" severity=\"warning\">",
        with: "<constraint test=\". &lt;= 50\">")
    let survey = try Repository.survey(text, file: "strict.xml")
    let failure = #expect(throws: AnswersFileFailure.self) {
      try AnswersFileReader(survey: survey).read(Array(Self.implausible.utf8), file: "answers.json")
    }
    #expect(
      failure?.problems.map(\.diagnostic) == [
        "answers.json:5:5: error: the answer to 'background.work_years' is not accepted: "
          + "Mer enn 50 år i jobb er lite sannsynlig. Sjekk svaret med deltakeren."
      ])
  }

  @Test func readsEveryProfileWithoutProblems() throws {
    let survey = try Repository.standardSurvey()
    for profile in GoldenProfile.all {
      #expect(throws: Never.self) { try Repository.profileAnswers(profile.name, survey: survey) }
    }
  }

  @Test func nullMeansNotAnswered() throws {
    let survey = try Repository.standardSurvey()
    let json = """
      {
        "survey": "digital-intake",
        "answers": {
          "consent.informed": "yes",
          "interpreter.preferences": null
        }
      }
      """
    let file = try AnswersFileReader(survey: survey).read(Array(json.utf8), file: "answers.json")
    #expect(file.answers == ["consent.informed": .choice("yes")])
    #expect(file.version == nil)
  }
}
