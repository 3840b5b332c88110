import KartleggCore

extension Expression {
  /// The expression with every operation in parentheses, so tests can read the tree's shape
  /// without depending on `description`'s choice of parentheses.
  var structure: String {
    switch self {
    case .number(let value):
      return value == value.rounded() ? String(Int(value)) : String(value)
    case .text(let value): return "'\(value)'"
    case .boolean(let value): return value ? "true" : "false"
    case .date(let value): return "date('\(value)')"
    case .question(let id, _): return id.rawValue
    case .currentAnswer: return "."
    case .not(let inner): return "(not \(inner.structure))"
    case .and(let left, let right): return "(\(left.structure) and \(right.structure))"
    case .or(let left, let right): return "(\(left.structure) or \(right.structure))"
    case .comparison(let op, let left, let right, _):
      return "(\(left.structure) \(op.rawValue) \(right.structure))"
    case .arithmetic(let op, let left, let right, _):
      return "(\(left.structure) \(op.rawValue) \(right.structure))"
    case .negate(let inner): return "(-\(inner.structure))"
    case .membership(let element, let collection, _):
      return "(\(element.structure) in \(collection.structure))"
    case .count(let inner, _): return "count(\(inner.structure))"
    case .answered(let id, _): return "answered(\(id))"
    }
  }
}
