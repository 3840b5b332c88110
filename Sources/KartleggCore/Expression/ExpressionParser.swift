/// Parses the condition language into an ``Expression``.
///
/// Grammar, loosest binding first:
///
///     or         := and ('or' and)*
///     and        := not ('and' not)*
///     not        := 'not' not | comparison
///     comparison := sum (('=' | '!=' | '<' | '<=' | '>' | '>=' | 'in') sum)?
///     sum        := product (('+' | '-') product)*
///     product    := unary (('*' | '/') unary)*
///     unary      := '-' unary | primary
///     primary    := NUMBER | 'TEXT' | 'true' | 'false' | '.' | QUESTION-ID
///                 | 'count' '(' or ')' | 'answered' '(' QUESTION-ID ')'
///                 | 'date' '(' 'TEXT' ')' | '(' or ')'
public struct ExpressionParser: Sendable {
  /// Creates a parser.
  public init() {}

  /// Parses one expression.
  ///
  /// - Parameter source: The expression as written.
  /// - Returns: The parsed expression.
  /// - Throws: ``ExpressionProblem`` with the offset of the first syntax error.
  /// - Complexity: O(n) in the length of `source`.
  public func parse(_ source: String) throws(ExpressionProblem) -> Expression {
    var state = ParserState(tokens: try ExpressionLexer.tokens(of: source))
    let expression = try state.parseOr(depth: 0)
    guard case .end = state.current.kind else {
      throw state.unexpected("an operator or the end of the expression")
    }
    return expression
  }
}

private struct ParserState {
  static let maximumDepth = 64

  var tokens: [ExpressionToken]
  var index = 0

  var current: ExpressionToken { tokens[index] }

  mutating func advance() -> ExpressionToken {
    let token = tokens[index]
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  func unexpected(_ expected: String) -> ExpressionProblem {
    ExpressionProblem(
      .syntax(expected: expected, found: current.kind.description), at: current.offset)
  }

  mutating func expect(_ kind: ExpressionToken.Kind, _ name: String) throws(ExpressionProblem) {
    guard current.kind == kind else { throw unexpected(name) }
    _ = advance()
  }

  mutating func parseOr(depth: Int) throws(ExpressionProblem) -> Expression {
    guard depth < Self.maximumDepth else {
      throw ExpressionProblem(
        .syntax(expected: "at most \(Self.maximumDepth) levels of nesting", found: "more"),
        at: current.offset)
    }
    var left = try parseAnd(depth: depth)
    while current.kind == .keyword("or") {
      _ = advance()
      left = .or(left, try parseAnd(depth: depth))
    }
    return left
  }

  mutating func parseAnd(depth: Int) throws(ExpressionProblem) -> Expression {
    var left = try parseNot(depth: depth)
    while current.kind == .keyword("and") {
      _ = advance()
      left = .and(left, try parseNot(depth: depth))
    }
    return left
  }

  mutating func parseNot(depth: Int) throws(ExpressionProblem) -> Expression {
    if current.kind == .keyword("not") {
      guard depth + 1 < Self.maximumDepth else {
        throw ExpressionProblem(
          .syntax(expected: "at most \(Self.maximumDepth) levels of nesting", found: "more"),
          at: current.offset)
      }
      _ = advance()
      return .not(try parseNot(depth: depth + 1))
    }
    return try parseComparison(depth: depth)
  }

  mutating func parseComparison(depth: Int) throws(ExpressionProblem) -> Expression {
    let left = try parseSum(depth: depth)
    let token = current
    switch token.kind {
    case .symbol(let symbol):
      guard let op = ComparisonOperator(rawValue: symbol) else { return left }
      _ = advance()
      return .comparison(op, left, try parseSum(depth: depth), offset: token.offset)
    case .keyword("in"):
      _ = advance()
      return .membership(
        element: left, collection: try parseSum(depth: depth), offset: token.offset)
    default:
      return left
    }
  }

  mutating func parseSum(depth: Int) throws(ExpressionProblem) -> Expression {
    var left = try parseProduct(depth: depth)
    while case .symbol(let symbol) = current.kind, symbol == "+" || symbol == "-",
      let op = ArithmeticOperator(rawValue: symbol)
    {
      let offset = advance().offset
      left = .arithmetic(op, left, try parseProduct(depth: depth), offset: offset)
    }
    return left
  }

  mutating func parseProduct(depth: Int) throws(ExpressionProblem) -> Expression {
    var left = try parseUnary(depth: depth)
    while case .symbol(let symbol) = current.kind, symbol == "*" || symbol == "/",
      let op = ArithmeticOperator(rawValue: symbol)
    {
      let offset = advance().offset
      left = .arithmetic(op, left, try parseUnary(depth: depth), offset: offset)
    }
    return left
  }

  mutating func parseUnary(depth: Int) throws(ExpressionProblem) -> Expression {
    if current.kind == .symbol("-") {
      _ = advance()
      guard depth + 1 < Self.maximumDepth else { throw unexpected("fewer nested minus signs") }
      return .negate(try parseUnary(depth: depth + 1))
    }
    return try parsePrimary(depth: depth)
  }

  mutating func parsePrimary(depth: Int) throws(ExpressionProblem) -> Expression {
    let token = current
    switch token.kind {
    case .number(let value):
      _ = advance()
      return .number(value)
    case .text(let value):
      _ = advance()
      return .text(value)
    case .keyword("true"), .keyword("false"):
      _ = advance()
      return .boolean(token.kind == .keyword("true"))
    case .symbol("."):
      _ = advance()
      return .currentAnswer(offset: token.offset)
    case .symbol("("):
      _ = advance()
      let inner = try parseOr(depth: depth + 1)
      try expect(.symbol(")"), "')'")
      return inner
    case .identifier(let name):
      _ = advance()
      if current.kind == .symbol("(") {
        return try parseCall(name, at: token.offset, depth: depth)
      }
      return .question(QuestionID(name), offset: token.offset)
    default:
      throw unexpected("a question id, a value or '('")
    }
  }

  mutating func parseCall(_ name: String, at offset: Int, depth: Int) throws(ExpressionProblem)
    -> Expression
  {
    try expect(.symbol("("), "'('")
    let result: Expression
    switch name {
    case "count":
      result = .count(try parseOr(depth: depth + 1), offset: offset)
    case "answered":
      guard case .identifier(let id) = current.kind else { throw unexpected("a question id") }
      _ = advance()
      result = .answered(QuestionID(id), offset: offset)
    case "date":
      let literal = current
      guard case .text(let text) = literal.kind else { throw unexpected("a date in quotes") }
      guard let date = CalendarDate(iso: text) else {
        throw ExpressionProblem(.invalidDate(text), at: literal.offset)
      }
      _ = advance()
      result = .date(date)
    default:
      throw ExpressionProblem(
        .syntax(expected: "'count', 'answered' or 'date'", found: "function '\(name)'"), at: offset)
    }
    try expect(.symbol(")"), "')'")
    return result
  }
}
