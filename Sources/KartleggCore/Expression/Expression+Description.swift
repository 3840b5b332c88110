extension Expression: CustomStringConvertible {
  /// The expression written back in the condition language, with only the parentheses it needs.
  public var description: String { written(context: 0) }

  private var precedence: Int {
    switch self {
    case .or: return 1
    case .and: return 2
    case .not: return 3
    case .comparison, .membership: return 4
    case .arithmetic(let op, _, _, _): return op == .add || op == .subtract ? 5 : 6
    case .negate: return 7
    default: return 8
    }
  }

  private func written(context: Int) -> String {
    let text: String
    switch self {
    case .number(let value): text = ExpressionFormat.number(value)
    case .text(let value): text = "'\(value)'"
    case .boolean(let value): text = value ? "true" : "false"
    case .date(let value): text = "date('\(value)')"
    case .question(let id, _): text = id.rawValue
    case .currentAnswer: text = "."
    case .not(let inner): text = "not " + inner.written(context: precedence)
    case .and(let left, let right):
      text = left.written(context: precedence) + " and " + right.written(context: precedence + 1)
    case .or(let left, let right):
      text = left.written(context: precedence) + " or " + right.written(context: precedence + 1)
    case .comparison(let op, let left, let right, _):
      text =
        left.written(context: precedence + 1) + " \(op.rawValue) "
        + right.written(context: precedence + 1)
    case .membership(let element, let collection, _):
      text =
        element.written(context: precedence + 1) + " in "
        + collection.written(context: precedence + 1)
    case .arithmetic(let op, let left, let right, _):
      text =
        left.written(context: precedence) + " \(op.rawValue) "
        + right.written(context: precedence + 1)
    case .negate(let inner): text = "-" + inner.written(context: precedence)
    case .count(let inner, _): text = "count(\(inner.written(context: 0)))"
    case .answered(let id, _): text = "answered(\(id))"
    }
    return precedence < context ? "(\(text))" : text
  }
}

/// Formatting shared by the expression's messages and written form.
enum ExpressionFormat {
  /// A number without a trailing `.0` when it is whole.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }
}
