extension Assessor {
  /// The most points a question can give to each dimension it scores.
  ///
  /// For a single choice, the best option. For a multiple choice, the best of: the largest
  /// positive points of the non-exclusive options (at most `maxSelections` of them), or the
  /// best exclusive option alone.
  static func maxima(of question: Question) -> [DimensionID: Int] {
    var dimensions: [DimensionID] = []
    for points in question.options.flatMap(\.points) where !dimensions.contains(points.dimension) {
      dimensions.append(points.dimension)
    }
    var result: [DimensionID: Int] = [:]
    for dimension in dimensions {
      let value = { (option: AnswerOption) in
        option.points.filter { $0.dimension == dimension }.reduce(0) { $0 + $1.points }
      }
      switch question.kind {
      case .multipleChoice(let options, let maxSelections):
        let positive = options.filter { !$0.isExclusive }.map(value).filter { $0 > 0 }
          .sorted(by: >)
        let combined = positive.prefix(maxSelections ?? positive.count).reduce(0, +)
        let exclusive = options.filter(\.isExclusive).map(value).max() ?? 0
        result[dimension] = max(combined, exclusive)
      default:
        result[dimension] = max(0, question.options.map(value).max() ?? 0)
      }
    }
    return result
  }

  /// The options an answer chose, in the question's order.
  static func chosenOptions(_ answer: Answer, of question: Question) -> [AnswerOption] {
    switch answer {
    case .choice(let value): return question.options.filter { $0.value == value }
    case .choices(let values): return question.options.filter { values.contains($0.value) }
    default: return []
    }
  }
}
