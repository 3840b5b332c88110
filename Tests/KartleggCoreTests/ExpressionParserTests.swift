import KartleggCore
import Testing

struct ExpressionParserTests {
  let parser = ExpressionParser()

  /// The problem parsing `source` throws, or `nil` when it parses.
  func syntaxProblem(in source: String) -> ExpressionProblem? {
    do {
      _ = try parser.parse(source)
      return nil
    } catch {
      return error
    }
  }

  @Test(arguments: [
    ("a or b and c", "(a or (b and c))"),
    ("a and b or c", "((a and b) or c)"),
    ("a or b or c", "((a or b) or c)"),
    ("not a and b", "((not a) and b)"),
    ("not not a", "(not (not a))"),
    ("not a = 'x'", "(not (a = 'x'))"),
    ("not 'x' in apps or b", "((not ('x' in apps)) or b)"),
    ("(a or b) and c", "((a or b) and c)"),
    ("a + b * c > 3", "((a + (b * c)) > 3)"),
    ("a - b - c = 0", "(((a - b) - c) = 0)"),
    ("a / b * c < 1", "(((a / b) * c) < 1)"),
    ("-a * b >= 2", "(((-a) * b) >= 2)"),
    ("--a < 1", "((-(-a)) < 1)"),
    ("(a + b) * c <= 10", "(((a + b) * c) <= 10)"),
    ("a<=b", "(a <= b)"),
    ("a!=b", "(a != b)"),
    ("a>=1.5", "(a >= 1.5)"),
    ("'x' in apps and count(apps) >= 2", "(('x' in apps) and (count(apps) >= 2))"),
    ("answered(q) or . < date('2024-02-29')", "(answered(q) or (. < date('2024-02-29')))"),
    ("true and false", "(true and false)"),
    ("device.smartphone.kind = 'own'", "(device.smartphone.kind = 'own')"),
    (
      "notes = 'x' and order = 1 and index > 2", "(((notes = 'x') and (order = 1)) and (index > 2))"
    ),
    ("count((apps))", "count(apps)"),
    ("count(a or b)", "count((a or b))"),
    ("\ta\n=\r1 ", "(a = 1)"),
  ])
  func parsesWithPrecedence(source: String, structure: String) throws {
    #expect(try parser.parse(source).structure == structure)
  }

  @Test(arguments: [
    (
      "device.smartphone = 'own'",
      Expression.comparison(
        .equal, .question("device.smartphone", offset: 0), .text("own"), offset: 18)
    ),
    (
      "count(apps) >= 2",
      .comparison(
        .greaterOrEqual, .count(.question("apps", offset: 6), offset: 0), .number(2), offset: 12)
    ),
    (
      "'whatsapp' in apps",
      .membership(element: .text("whatsapp"), collection: .question("apps", offset: 14), offset: 11)
    ),
    (". < 5", .comparison(.less, .currentAnswer(offset: 0), .number(5), offset: 2)),
    ("  answered(work.years)", .answered("work.years", offset: 2)),
    (
      "1 + 2 * 3",
      .arithmetic(
        .add, .number(1), .arithmetic(.multiply, .number(2), .number(3), offset: 6), offset: 2)
    ),
    ("-0.25", .negate(.number(0.25))),
    ("false", .boolean(false)),
    ("''", .text("")),
    ("'hei på deg'", .text("hei på deg")),
  ])
  func parsesTreeWithOffsets(source: String, expected: Expression) throws {
    #expect(try parser.parse(source) == expected)
  }

  @Test func parsesDateLiteral() throws {
    let expected = try #require(CalendarDate(iso: "2024-02-29"))
    #expect(try parser.parse("date('2024-02-29')") == .date(expected))
  }

  @Test func trimsTrailingDotFromQuestionID() throws {
    // `a.` is the question `a` followed by `.`, which cannot follow a value.
    let problem = try #require(syntaxProblem(in: "a. = 1"))
    #expect(problem.offset == 1)
    #expect(
      problem.description == "expected an operator or the end of the expression but found '.'")
  }

  @Test(arguments: [
    (
      "device.smartphone = ", 20,
      "expected a question id, a value or '(' but found the end of the expression"
    ),
    ("", 0, "expected a question id, a value or '(' but found the end of the expression"),
    ("a and or b", 6, "expected a question id, a value or '(' but found 'or'"),
    ("count()", 6, "expected a question id, a value or '(' but found ')'"),
    ("foo(x) = 1", 0, "expected 'count', 'answered' or 'date' but found function 'foo'"),
    (
      "a = 1 and Count(apps) > 1", 10,
      "expected 'count', 'answered' or 'date' but found function 'Count'"
    ),
    ("a = 'own", 4, "expected a closing quote but found the end"),
    ("date('2023-02-29') < .", 5, "'2023-02-29' is not a date of the form YYYY-MM-DD"),
    ("date('2024-2-9') < .", 5, "'2024-2-9' is not a date of the form YYYY-MM-DD"),
    ("date(2023) < .", 5, "expected a date in quotes but found number 2023"),
    ("answered('x')", 9, "expected a question id but found 'x'"),
    ("answered(a b)", 11, "expected ')' but found 'b'"),
    ("(a = 1", 6, "expected ')' but found the end of the expression"),
    ("a = 1)", 5, "expected an operator or the end of the expression but found ')'"),
    ("a = b = c", 6, "expected an operator or the end of the expression but found '='"),
    ("a b", 2, "expected an operator or the end of the expression but found 'b'"),
    ("a = 1.2.3", 4, "expected a number but found '1.2.3'"),
    ("a = \u{2019}own\u{2019}", 4, "expected an expression but found 'U+2019'"),
    ("a\u{00A0}= 1", 1, "expected an expression but found 'U+00A0'"),
    ("a = \u{7}", 4, "expected an expression but found 'U+0007'"),
    ("a = \u{1F600}", 4, "expected an expression but found 'U+1F600'"),
    ("\u{E9}r = 1", 0, "expected an expression but found 'U+00E9'"),
    ("a = 1 # note", 6, "expected an expression but found '#'"),
    ("a ! b", 2, "expected an expression but found '!'"),
    ("a == 1", 3, "expected a question id, a value or '(' but found '='"),
    ("answered(a, b)", 10, "expected an expression but found ','"),
  ])
  func rejectsSyntaxErrorWithOffset(source: String, offset: Int, message: String) throws {
    let problem = try #require(syntaxProblem(in: source))
    #expect(problem.offset == offset)
    #expect(problem.description == message)
  }

  @Test(arguments: [1, 10, 63])
  func acceptsNestedParentheses(depth: Int) throws {
    let source = String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth)
    #expect(try parser.parse(source) == .question("a", offset: depth))
  }

  @Test(arguments: [65, 100, 2000])
  func rejectsParenthesesNestedDeeperThan64(depth: Int) throws {
    let source = String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth)
    let problem = try #require(syntaxProblem(in: source))
    #expect(problem.offset == 64)
    #expect(problem.description == "expected at most 64 levels of nesting but found more")
  }

  @Test func rejectsCountNestedDeeperThan64() throws {
    let source = String(repeating: "count(", count: 70) + "a" + String(repeating: ")", count: 70)
    let problem = try #require(syntaxProblem(in: source))
    #expect(problem.description == "expected at most 64 levels of nesting but found more")
    #expect(problem.offset == 64 * 6)
  }

  @Test func acceptsSixtyThreeMinusSigns() throws {
    let expression = try parser.parse(String(repeating: "-", count: 63) + "1 < 0")
    let minus = String(repeating: "(-", count: 63) + "1" + String(repeating: ")", count: 63)
    #expect(expression.structure == "(\(minus) < 0)")
  }

  @Test func rejectsMinusSignsNestedDeeperThan64() throws {
    let problem = try #require(syntaxProblem(in: String(repeating: "-", count: 100) + "1 < 0"))
    #expect(problem.offset == 64)
    #expect(problem.description == "expected fewer nested minus signs but found '-'")
  }

  @Test(arguments: [65, 1000])
  func rejectsNotNestedDeeperThan64(depth: Int) throws {
    let source = String(repeating: "not ", count: depth) + "true"
    do {
      let problem = try #require(syntaxProblem(in: source))
      #expect(problem.description == "expected at most 64 levels of nesting but found more")
    }
  }

  @Test func acceptsExpressionOf4096Characters() throws {
    let source = "a = '" + String(repeating: "x", count: 4090) + "'"
    #expect(source.unicodeScalars.count == 4096)
    #expect(
      try parser.parse(source)
        == .comparison(
          .equal, .question("a", offset: 0), .text(String(repeating: "x", count: 4090)), offset: 2))
  }

  @Test(arguments: [4097, 10_000])
  func rejectsExpressionLongerThan4096Characters(length: Int) throws {
    let source = "a = '" + String(repeating: "x", count: length - 6) + "'"
    let problem = try #require(syntaxProblem(in: source))
    #expect(problem.offset == 4096)
    #expect(problem.description == "expected at most 4096 characters but found \(length)")
  }

  @Test func countsLengthInUnicodeScalars() throws {
    // 4,000 three-byte characters: under the limit in characters, far over it in bytes.
    let text = String(repeating: "\u{1230}", count: 4000)
    #expect(
      try parser.parse("a = '\(text)'")
        == .comparison(
          .equal, .question("a", offset: 0), .text(text), offset: 2))
  }

  @Test func keepsTextsAndOffsetsAfterCharactersOutsideASCII() throws {
    // Decomposed "å" (a + U+030A), Arabic and an emoji: offsets count Unicode scalars.
    let source = "a = 'pa\u{030A}' or b = 'عربي' or c = '👍🏽' or d.e = 1.5"
    let expected: Expression = .or(
      .or(
        .or(
          .comparison(.equal, .question("a", offset: 0), .text("pa\u{030A}"), offset: 2),
          .comparison(.equal, .question("b", offset: 13), .text("عربي"), offset: 15)),
        .comparison(.equal, .question("c", offset: 27), .text("👍🏽"), offset: 29)),
      .comparison(.equal, .question("d.e", offset: 39), .number(1.5), offset: 43))
    #expect(try parser.parse(source) == expected)
    #expect(syntaxProblem(in: "a = 'ø' § 1")?.offset == 8)
  }
}
