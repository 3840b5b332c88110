import KartleggCore
import Testing

extension SurveyValidatorTests {
  static let conditions: [ValidatorCase] = [
    ValidatorCase(
      "unknown question in relevance",
      ["36: in 'relevant': unknown question 'suport' (did you mean 'support'?)"]
    ) {
      try $0.setRelevance(of: "apps", to: "suport = 'alone'", line: 36)
    },
    ValidatorCase(
      "type error in constraint", ["41: in 'test': cannot apply '>' to a number and text"]
    ) {
      $0.sections[0].questions[2].constraints = [
        Constraint(test: try SurveyBuilder.condition(". > 'x'", line: 41), message: "Feil.")
      ]
    },
    ValidatorCase(
      "unknown option in flag", ["65: in 'when': 'nothing' is not an option of question 'apps'"]
    ) {
      $0.flags[0].condition = try SurveyBuilder.condition("'nothing' in apps", line: 65)
    },
    ValidatorCase(
      "type error in gate",
      ["16: in 'when': cannot apply '=' to the single choice 'support' and a number"]
    ) {
      $0.dimensions[0].gates[0].condition = try SurveyBuilder.condition("support = 3", line: 16)
    },
    ValidatorCase(
      "unknown language in need rule",
      [
        "71: in 'when': 'sv' is not a language in the registry (compared with question 'interpreter.language')"
      ]
    ) {
      $0.interpreter.needRules[0].condition = try SurveyBuilder.condition(
        "interpreter.language = 'sv'", line: 71)
    },
    ValidatorCase(
      "current answer in channel rule",
      ["62: in 'when': '.' (the current answer) can only be used in a constraint"]
    ) {
      $0.channels.rules[0].condition = try SurveyBuilder.condition(". = 'x'", line: 62)
    },
    ValidatorCase(
      "section relevance that is not a condition",
      ["30: in 'relevant': expected a condition (true/false) in the expression, found a number"]
    ) {
      $0.sections[0].relevance = try SurveyBuilder.condition("work.years", line: 30)
    },
    ValidatorCase(
      "forward reference in relevance",
      ["31: condition of question 'support' reads 'work.years', which is asked later (line 40)"]
    ) {
      try $0.setRelevance(of: "support", to: "work.years > 2", line: 31)
    },
    ValidatorCase(
      "forward reference in constraint",
      ["47: condition of question 'support' reads 'work.years', which is asked later (line 40)"]
    ) {
      $0.sections[0].questions[0].constraints = [
        Constraint(
          test: try SurveyBuilder.condition(". = 'alone' or work.years > 1", line: 47),
          message: "Nei.")
      ]
    },
    ValidatorCase("self-dependency", ["40: question 'work.years' depends on itself"]) {
      try $0.setRelevance(of: "work.years", to: "work.years > 1", line: 40)
    },
    ValidatorCase("self-dependency through answered", ["43: question 'notes' depends on itself"]) {
      try $0.setRelevance(of: "notes", to: "not answered(notes)", line: 43)
    },
    ValidatorCase(
      "two-question cycle",
      ["31: questions 'support' → 'apps' → 'support' depend on each other in a cycle"]
    ) {
      try $0.setRelevance(of: "support", to: "'email' in apps", line: 31)
      try $0.setRelevance(of: "apps", to: "support = 'alone'", line: 36)
    },
    ValidatorCase(
      "three-question cycle",
      [
        "31: questions 'support' → 'apps' → 'work.years' → 'support' depend on each other in a cycle"
      ]
    ) {
      try $0.setRelevance(of: "support", to: "'email' in apps", line: 31)
      try $0.setRelevance(of: "apps", to: "work.years > 1", line: 36)
      try $0.setRelevance(of: "work.years", to: "support = 'alone'", line: 40)
    },
    ValidatorCase("backward reference", []) {
      try $0.setRelevance(of: "apps", to: "support != 'cannot'", line: 36)
      try $0.setRelevance(of: "notes", to: "answered(work.years) or 'email' in apps", line: 43)
    },
    ValidatorCase(
      "type errors before order problems",
      ["36: in 'relevant': unknown question 'suport' (did you mean 'support'?)"]
    ) {
      try $0.setRelevance(of: "support", to: "work.years > 2", line: 31)
      try $0.setRelevance(of: "apps", to: "suport = 'x'", line: 36)
    },
  ]

  @Test(arguments: conditions)
  func reportsConditionProblem(_ testCase: ValidatorCase) throws {
    #expect(try testCase.problems() == testCase.expected)
  }
}
