/// A condition with its question ids resolved to answer slots and its option values and
/// language codes to integers, so evaluating it hashes no strings. Built by
/// ``ExpressionEvaluator/compile(_:currentAnswer:)``.
struct CompiledCondition: Sendable {
  indirect enum Node: Sendable {
    case constant(SlotValue?)
    case slot(Int)
    case current
    case answered(Int)
    case not(Node)
    case and(Node, Node)
    case or(Node, Node)
    case negate(Node)
    case arithmetic(ArithmeticOperator, Node, Node)
    case comparison(ComparisonOperator, Node, Node)
    case membership(Node, Node)
    case count(Node)
  }

  let root: Node
}

/// An answer as the compiled evaluator sees it.
enum SlotValue: Equatable, Sendable {
  case number(Double)
  case text(String)
  case boolean(Bool)
  case date(CalendarDate)
  /// A single choice (its option's position) or a language (its registry position).
  case index(Int)
  /// A multiple choice or several languages.
  case indices(Set<Int>)
}

/// One participant's answers laid out by question slot.
struct IndexedAnswers: Sendable {
  var slots: [SlotValue?]
  var current: SlotValue?
}
