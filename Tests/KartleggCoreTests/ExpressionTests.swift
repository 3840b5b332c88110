import KartleggCore
import Testing

struct ExpressionTests {
  let parser = ExpressionParser()

  @Test(arguments: [
    ("a or b and c", "a or b and c"),
    ("(a or b) and c", "(a or b) and c"),
    ("((a and b))", "a and b"),
    ("(a and b) and c", "a and b and c"),
    ("a and (b and c)", "a and (b and c)"),
    ("not (a and b)", "not (a and b)"),
    ("not(a = 'x')", "not a = 'x'"),
    ("not ('x' in apps)", "not 'x' in apps"),
    ("(not a) = true", "(not a) = true"),
    ("(a = b) = true", "(a = b) = true"),
    ("a - (b - c) > 0", "a - (b - c) > 0"),
    ("(a - b) - c > 0", "a - b - c > 0"),
    ("(a + b) * c<=10", "(a + b) * c <= 10"),
    ("a / (b * c) < 1", "a / (b * c) < 1"),
    ("a * (b / c) < 1", "a * (b / c) < 1"),
    ("-(a + b) = 2", "-(a + b) = 2"),
    ("a - -b = 2", "a - -b = 2"),
    ("x>=1.50", "x >= 1.5"),
    ("x = 007", "x = 7"),
    ("count( apps )>=2", "count(apps) >= 2"),
    ("count((a or b)) > 0", "count(a or b) > 0"),
    ("answered( q )", "answered(q)"),
    ("'whatsapp'   in apps", "'whatsapp' in apps"),
    (".<date('2024-02-29')", ". < date('2024-02-29')"),
    ("(true)", "true"),
  ])
  func describesInCanonicalForm(source: String, canonical: String) throws {
    let expression = try parser.parse(source)
    #expect(expression.description == canonical)
    // The canonical form means the same and is stable.
    let reparsed = try parser.parse(canonical)
    #expect(reparsed.structure == expression.structure)
    #expect(reparsed.description == canonical)
  }

  @Test(arguments: ["x = 0.0000001", "x = 10000000000000000"])
  func describesNumbersInTheConditionLanguage(source: String) throws {
    let expression = try parser.parse(source)
    let reparsed = try? parser.parse(expression.description)
    do {
      #expect(expression.description == source)
      #expect(reparsed == expression)
    }
  }

  @Test(arguments: [
    ("support = 'alone'", ["support"]),
    ("'x' in apps and count(apps) > 1 or answered(work.years)", ["apps", "work.years"]),
    ("b > 1 and a > 1 and b < 3", ["b", "a"]),
    ("not answered(z) or -y * 2 > x", ["z", "y", "x"]),
    (". > 3 and true", []),
  ])
  func listsReferencedQuestionsInOrderOfFirstAppearance(source: String, ids: [QuestionID]) throws {
    #expect(try parser.parse(source).referencedQuestions == ids)
  }

  @Test func conditionDescribesItsExpression() throws {
    let condition = try SurveyBuilder.condition("(a)   and not(b)", line: 4)
    #expect(condition.description == "a and not b")
    #expect(condition.source == "(a)   and not(b)")
  }
}
