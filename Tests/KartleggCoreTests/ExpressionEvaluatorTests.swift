import KartleggCore
import Testing

struct ExpressionEvaluatorTests {
  let evaluator: ExpressionEvaluator

  init() throws {
    let survey = try SurveyBuilder().survey
    evaluator = ExpressionEvaluator(questions: survey.questions, languages: survey.languages)
  }

  func truth(
    of source: String, _ answers: AnswerSet = [:], currentAnswer: (QuestionID, Answer)? = nil
  ) throws -> Bool? {
    evaluator.truth(
      of: try ExpressionParser().parse(source), answers: answers, currentAnswer: currentAnswer)
  }

  static func date(_ text: String) -> Answer {
    guard let date = CalendarDate(iso: text) else { preconditionFailure("bad date \(text)") }
    return .date(date)
  }

  /// `true`, `false`, and a comparison that reads the unanswered `work.years`.
  static let unknown = "work.years > 5"

  @Test(
    arguments: [
      ("true", "true", true),
      ("true", "false", false),
      ("true", unknown, nil),
      ("false", "true", false),
      ("false", "false", false),
      ("false", unknown, false),
      (unknown, "true", nil),
      (unknown, "false", false),
      (unknown, unknown, nil),
    ] as [(String, String, Bool?)])
  func andIsThreeValued(left: String, right: String, expected: Bool?) throws {
    #expect(try truth(of: "(\(left)) and (\(right))") == expected)
  }

  @Test(
    arguments: [
      ("true", "true", true),
      ("true", "false", true),
      ("true", unknown, true),
      ("false", "true", true),
      ("false", "false", false),
      ("false", unknown, nil),
      (unknown, "true", true),
      (unknown, "false", nil),
      (unknown, unknown, nil),
    ] as [(String, String, Bool?)])
  func orIsThreeValued(left: String, right: String, expected: Bool?) throws {
    #expect(try truth(of: "(\(left)) or (\(right))") == expected)
  }

  @Test(arguments: [("true", false), ("false", true), (unknown, nil)] as [(String, Bool?)])
  func notIsThreeValued(operand: String, expected: Bool?) throws {
    #expect(try truth(of: "not (\(operand))") == expected)
  }

  @Test(
    arguments: [
      ("support = 'alone'", [:], nil),
      ("support != 'alone'", [:], nil),
      ("work.years >= 0", [:], nil),
      ("'email' in apps", [:], nil),
      ("count(apps) = 0", [:], nil),
      ("interpreter.language = 'nb'", [:], nil),
      ("notes = ''", [:], nil),
      ("start.date > date('2000-01-01')", [:], nil),
      ("-work.years < 0", [:], nil),
      ("work.years + 1 > 0", ["support": .choice("alone")], nil),
    ] as [(String, AnswerSet, Bool?)])
  func comparisonWithUnansweredQuestionIsUnknown(
    source: String, answers: AnswerSet, expected: Bool?
  ) throws {
    #expect(try truth(of: source, answers) == expected)
  }

  @Test(
    arguments: [
      ("support = 'alone'", "alone", true),
      ("support != 'alone'", "alone", false),
      ("support < 'alone'", "with-help", true),
      ("support < 'alone'", "alone", false),
      ("support < 'alone'", "helps-others", false),
      ("support <= 'alone'", "alone", true),
      ("support >= 'with-help'", "cannot", false),
      ("support >= 'with-help'", "helps-others", true),
      ("'with-help' < support", "alone", true),
      ("support > 'cannot'", "cannot", false),
    ] as [(String, OptionValue, Bool)])
  func comparesSingleChoiceByOptionOrder(source: String, chosen: OptionValue, expected: Bool)
    throws
  {
    #expect(try truth(of: source, ["support": .choice(chosen)]) == expected)
  }

  @Test(
    arguments: [
      ("'email' in apps", ["email", "whatsapp"], true),
      ("'email' in apps", ["none"], false),
      ("'email' in apps", [], false),
      ("not 'none' in apps", ["whatsapp"], true),
      ("count(apps) >= 2", ["email", "whatsapp"], true),
      ("count(apps) >= 2", ["email"], false),
      ("count(apps) = 0", [], true),
    ] as [(String, Set<OptionValue>, Bool)])
  func evaluatesMembershipAndCount(source: String, chosen: Set<OptionValue>, expected: Bool)
    throws
  {
    #expect(try truth(of: source, ["apps": .choices(chosen)]) == expected)
  }

  @Test(
    arguments: [
      ("answered(work.years)", [:], false),
      ("answered(work.years)", ["work.years": .number(0)], true),
      ("not answered(notes)", [:], true),
      ("answered(apps)", ["apps": .choices([])], true),
    ] as [(String, AnswerSet, Bool)])
  func answeredIsAlwaysKnown(source: String, answers: AnswerSet, expected: Bool) throws {
    #expect(try truth(of: source, answers) == expected)
  }

  @Test(
    arguments: [
      ("work.years * 2 + 1 = 21", 10, true),
      ("work.years - 2 * 3 = 4", 10, true),
      ("(work.years - 2) * 3 = 24", 10, true),
      ("work.years / 4 = 2.5", 10, true),
      ("-work.years < 0", 3, true),
      ("work.years - 10 - 5 = -5", 10, true),
      ("work.years >= 10", 10, true),
      ("work.years > 10", 10, false),
      ("work.years != 10", 10, false),
      ("work.years / 0 > 1", 10, nil),
      ("work.years / (work.years - 10) < 1", 10, nil),
      ("work.years / 0 > 1 or true", 10, true),
      ("work.years / 0 > 1 and false", 10, false),
      ("0 / work.years = 0", 10, true),
    ] as [(String, Double, Bool?)])
  func evaluatesArithmetic(source: String, years: Double, expected: Bool?) throws {
    #expect(try truth(of: source, ["work.years": .number(years)]) == expected)
  }

  @Test(arguments: [
    ("start.date < date('2024-01-01')", "2023-12-31", true),
    ("start.date < date('2024-01-01')", "2024-01-01", false),
    ("start.date >= date('2024-01-01')", "2024-01-01", true),
    ("start.date = date('2024-02-29')", "2024-02-29", true),
    ("start.date > date('2024-02-29')", "2024-03-01", true),
    ("date('2025-01-01') <= start.date", "2024-12-31", false),
  ])
  func comparesDates(source: String, answered: String, expected: Bool) throws {
    #expect(try truth(of: source, ["start.date": Self.date(answered)]) == expected)
  }

  @Test(arguments: [
    ("interpreter.language = 'ar'", true),
    ("interpreter.language != 'nb'", true),
    ("interpreter.language in other.languages", false),
    ("'ti' in other.languages", true),
    ("'ar' in other.languages", false),
    ("count(other.languages) = 2", true),
    ("notes = 'trenger hjelp'", true),
    ("notes != 'trenger hjelp'", false),
  ])
  func comparesLanguagesAndText(source: String, expected: Bool) throws {
    let answers: AnswerSet = [
      "interpreter.language": .language("ar"),
      "other.languages": .languages(["ti", "nb"]),
      "notes": .text("trenger hjelp"),
    ]
    #expect(try truth(of: source, answers) == expected)
  }

  @Test(arguments: [
    ("work.years", ". <= 60", Answer.number(60), true),
    ("work.years", ". <= 60", .number(61), false),
    ("support", ". = 'alone'", .choice("alone"), true),
    ("support", ". > 'with-help'", .choice("alone"), true),
    ("support", ". > 'with-help'", .choice("cannot"), false),
    ("apps", "count(.) <= 2", .choices(["email", "whatsapp", "none"]), false),
    ("apps", "not ('none' in . and count(.) > 1)", .choices(["email", "none"]), false),
  ])
  func evaluatesCurrentAnswerInConstraint(
    question: QuestionID, source: String, answer: Answer, expected: Bool
  ) throws {
    #expect(try truth(of: source, currentAnswer: (question, answer)) == expected)
  }

  @Test func currentAnswerWithoutAnswerIsUnknown() throws {
    #expect(try truth(of: ". <= 60") == nil)
  }

  @Test(arguments: [
    (unknown, false),
    ("work.years > 5 or true", true),
    ("false", false),
  ])
  func holdsOnlyWhenKnownTrue(source: String, expected: Bool) throws {
    #expect(evaluator.holds(try ExpressionParser().parse(source), answers: [:]) == expected)
  }
}
