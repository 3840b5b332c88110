import KartleggCore
import Testing

extension SurveyValidatorTests {
  static func never(_ kind: String, _ id: String, line: Int) -> String {
    "\(line): \(kind) '\(id)' can never be asked: its condition can never be true"
  }

  static let unreachable: [ValidatorCase] = [
    ValidatorCase("contradiction", [never("question", "why", line: 46)]) {
      try $0.addText("why", line: 46, relevance: "support = 'alone' and support = 'cannot'")
    },
    ValidatorCase("false", [never("question", "why", line: 46)]) {
      try $0.addText("why", line: 46, relevance: "false")
    },
    ValidatorCase("number above its range", [never("question", "why", line: 46)]) {
      try $0.addText("why", line: 46, relevance: "work.years > 60")
    },
    ValidatorCase("more selections than options", [never("question", "why", line: 46)]) {
      try $0.addText("why", line: 46, relevance: "count(apps) > 3")
    },
    ValidatorCase(
      "depends on an unreachable question",
      [never("question", "why", line: 46), never("question", "why.more", line: 47)]
    ) {
      try $0.addText("why", line: 46, relevance: "false")
      try $0.addText("why.more", line: 47, relevance: "answered(why)")
    },
    ValidatorCase(
      "asks when an unreachable question is unanswered", [never("question", "why", line: 46)]
    ) {
      try $0.addText("why", line: 46, relevance: "false")
      try $0.addText("why.more", line: 47, relevance: "not answered(why)")
    },
    ValidatorCase("section", [never("section", "followup", line: 50)]) {
      try $0.addSection(
        "followup", line: 50, relevance: "work.years < 0", questions: [("employer", nil)])
    },
    ValidatorCase("question against its section", [never("question", "employer", line: 51)]) {
      try $0.addSection(
        "followup", line: 50, relevance: "work.years > 10",
        questions: [("employer", "work.years < 5")])
    },
    ValidatorCase(
      "depends on a question in an unreachable section",
      [never("section", "followup", line: 50), never("question", "employer.size", line: 56)]
    ) {
      try $0.addSection("followup", line: 50, relevance: "false", questions: [("employer", nil)])
      try $0.addSection(
        "more", line: 55, relevance: nil, questions: [("employer.size", "answered(employer)")])
    },
    ValidatorCase(
      "only once the survey is otherwise sound",
      ["49: duplicate question id 'why' (first defined on line 46)"]
    ) {
      try $0.addText("why", line: 46, relevance: "false")
      try $0.addText("why", line: 49)
    },
  ]

  @Test(arguments: unreachable)
  func reportsUnreachable(_ testCase: ValidatorCase) throws {
    #expect(try testCase.problems() == testCase.expected)
  }

  @Test(arguments: [
    "work.years * 0 > 1",  // arithmetic is assumed reachable
    "-work.years > 0",
    "work.years > 10",
    "work.years >= 60",
    "work.years = 0",
    "work.years > 10 and work.years < 12",
    "count(apps) >= 2",
    "count(apps) = 3",
    "'whatsapp' in apps and not 'email' in apps",
    "support > 'alone'",
    "interpreter.language != 'nb' and interpreter.language != 'ar'",
    "'ti' in other.languages and count(other.languages) = 1",
    "notes = 'x'",
    "start.date < date('2024-01-01')",
    "start.date > date('2024-01-01')",
    "not answered(work.years) or work.years < 5",
    "support = 'alone' or support = 'cannot'",
  ])
  func acceptsReachableCondition(source: String) throws {
    var builder = try SurveyBuilder()
    try builder.addText("why", line: 46, relevance: source)
    #expect(lines(SurveyValidator().problems(in: builder.survey)) == [])
  }

  @Test(arguments: [
    // 11 is a whole number between the literals, but only literals ± 0.5 and ± 1 are tried.
    "work.years > 10.3 and work.years < 11.3",
    // Only the literal dates and the first of the month a year before and after are tried.
    "start.date > date('2024-06-15') and start.date < date('2024-06-17')",
    // Only the literals and '' are tried for text.
    "notes != ''",
  ])
  func acceptsReachableConditionBetweenTriedValues(source: String) throws {
    var builder = try SurveyBuilder()
    try builder.addText("why", line: 46, relevance: source)
    do {
      #expect(lines(SurveyValidator().problems(in: builder.survey)) == [])
    }
  }
}
