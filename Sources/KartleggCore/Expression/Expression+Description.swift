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
  /// A number as the condition language writes it: plain decimal digits, no exponent, no
  /// trailing `.0` when it is whole.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    let text = String(value)
    guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
      let exponent = Int(text[text.index(after: e)...])
    else { return text }
    let isNegative = text.hasPrefix("-")
    let mantissa = text[..<e].filter { $0 != "-" }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let whole = String(parts[0])
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    var digits = whole + fraction
    var point = whole.count + exponent
    if point <= 0 {
      digits = String(repeating: "0", count: 1 - point) + digits
      point = 1
    } else if point > digits.count {
      digits += String(repeating: "0", count: point - digits.count)
    }
    var integer = String(digits.prefix(point))
    var decimals = String(digits.dropFirst(point))
    while decimals.hasSuffix("0") { decimals.removeLast() }
    while integer.count > 1, integer.hasPrefix("0") { integer.removeFirst() }
    return (isNegative ? "-" : "") + integer + (decimals.isEmpty ? "" : "." + decimals)
  }
}
