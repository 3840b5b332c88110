import KartleggCore
import Testing

struct ExpressionTypeCheckerTests {
  let checker: ExpressionTypeChecker

  init() throws {
    let survey = try SurveyBuilder().survey
    checker = ExpressionTypeChecker(questions: survey.questions, languages: survey.languages)
  }

  /// The problems in `source` as `OFFSET: MESSAGE`.
  func problems(in source: String, currentAnswer: QuestionID? = nil) throws -> [String] {
    lines(checker.check(try ExpressionParser().parse(source), currentAnswer: currentAnswer))
  }

  @Test(arguments: [
    "support = 'alone'",
    "'alone' = support",
    "support >= 'with-help'",
    "support < 'helps-others' and support != 'cannot'",
    "'email' in apps and not 'none' in apps",
    "count(apps) >= 2",
    "count(other.languages) + 1 > count(apps) * 2",
    "work.years / 2 - 1 >= -3",
    "interpreter.language = 'ar'",
    "'ti' != interpreter.language",
    "'ar' in other.languages",
    "interpreter.language in other.languages",
    "notes = 'hei' or notes != ''",
    "start.date < date('2024-01-01')",
    "answered(notes) and true = (not false)",
  ])
  func acceptsWellTypedCondition(source: String) throws {
    #expect(try problems(in: source) == [])
  }

  @Test(arguments: [
    ("suport = 'alone'", ["0: unknown question 'suport' (did you mean 'support'?)"]),
    ("answered(wrk.years)", ["0: unknown question 'wrk.years' (did you mean 'work.years'?)"]),
    ("count(ap) > 1", ["6: unknown question 'ap' (did you mean 'apps'?)"]),
    ("device.smartphone = 'own'", ["0: unknown question 'device.smartphone'"]),
    (
      "suport = 'x' or wrk.years > 1",
      [
        "0: unknown question 'suport' (did you mean 'support'?)",
        "16: unknown question 'wrk.years' (did you mean 'work.years'?)",
      ]
    ),
    (
      "support = 'alon'",
      ["8: 'alon' is not an option of question 'support' (did you mean 'alone'?)"]
    ),
    (
      "'helps-other' != support",
      ["14: 'helps-other' is not an option of question 'support' (did you mean 'helps-others'?)"]
    ),
    ("support = 'daily'", ["8: 'daily' is not an option of question 'support'"]),
    (
      "'whatsap' in apps",
      ["10: 'whatsap' is not an option of question 'apps' (did you mean 'whatsapp'?)"]
    ),
    ("support > 3", ["8: cannot apply '>' to the single choice 'support' and a number"]),
    ("3 <= support", ["2: cannot apply '<=' to a number and the single choice 'support'"]),
    ("notes > 'a'", ["6: cannot apply '>' to text and text"]),
    ("work.years = 'ten'", ["11: cannot apply '=' to a number and text"]),
    ("start.date < '2024-01-01'", ["11: cannot apply '<' to a date and text"]),
    ("apps = 'email'", ["5: cannot apply '=' to the multiple choice 'apps' and text"]),
    (
      "true < false",
      ["5: cannot apply '<' to a condition (true/false) and a condition (true/false)"]
    ),
    (
      "count(support) > 1",
      [
        "0: expected a multiple choice or languages question in 'count', "
          + "found the single choice 'support'"
      ]
    ),
    (
      "count(work.years) > 1",
      ["0: expected a multiple choice or languages question in 'count', found a number"]
    ),
    ("'alone' in support", ["8: cannot apply 'in' to text and the single choice 'support'"]),
    (
      "support in apps",
      ["8: cannot apply 'in' to the single choice 'support' and the multiple choice 'apps'"]
    ),
    (
      "interpreter.language = 'sv'",
      ["21: 'sv' is not a language in the registry (compared with question 'interpreter.language')"]
    ),
    (
      "'xx' in other.languages",
      ["5: 'xx' is not a language in the registry (compared with question 'other.languages')"]
    ),
    (
      "interpreter.language < 'ar'",
      ["21: cannot apply '<' to the language 'interpreter.language' and text"]
    ),
    (". > 5", ["0: '.' (the current answer) can only be used in a constraint"]),
    ("work.years", ["0: expected a condition (true/false) in the expression, found a number"]),
    ("work.years + 1", ["0: expected a condition (true/false) in the expression, found a number"]),
    (
      "support",
      ["0: expected a condition (true/false) in the expression, found the single choice 'support'"]
    ),
    ("'yes'", ["0: expected a condition (true/false) in the expression, found text"]),
    ("not work.years", ["0: expected a condition (true/false) in 'not', found a number"]),
    ("true and notes", ["0: expected a condition (true/false) in 'and', found text"]),
    (
      "apps or true",
      ["0: expected a condition (true/false) in 'or', found the multiple choice 'apps'"]
    ),
    ("-support < 1", ["0: expected a number in '-', found the single choice 'support'"]),
    ("work.years * 'x' > 1", ["11: cannot apply '*' to a number and text"]),
  ])
  func reportsProblemsWithOffsets(source: String, expected: [String]) throws {
    #expect(try problems(in: source) == expected)
  }

  @Test(arguments: [
    ("work.years", ". <= 60", [String]()),
    ("support", ". = 'alone'", []),
    ("support", ". > 'with-help'", []),
    (
      "support", ". = 'alon'",
      ["2: 'alon' is not an option of question 'support' (did you mean 'alone'?)"]
    ),
    ("apps", "count(.) <= 2", []),
    ("apps", ". > 2", ["2: cannot apply '>' to the multiple choice 'apps' and a number"]),
    ("notes", ". != 'test'", []),
    (
      "interpreter.language", ". != 'xx'",
      ["2: 'xx' is not a language in the registry (compared with question 'interpreter.language')"]
    ),
    ("unknown", ". > 1", ["0: '.' (the current answer) can only be used in a constraint"]),
  ])
  func checksCurrentAnswerAsTheConstrainedQuestion(
    question: QuestionID, source: String, expected: [String]
  ) throws {
    #expect(try problems(in: source, currentAnswer: question) == expected)
  }

  @Test func reportsEveryUnknownQuestionInOneComparison() throws {
    let found = try problems(in: "suport = wrk.years")
    do {
      #expect(
        found == [
          "0: unknown question 'suport' (did you mean 'support'?)",
          "9: unknown question 'wrk.years' (did you mean 'work.years'?)",
        ])
    }
  }
}
