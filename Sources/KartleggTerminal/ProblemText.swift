import KartleggCore

/// Why an answer does not fit its question, in the adviser's language.
enum ProblemText {
  static func message(_ reason: AnswerProblem.Reason, question: Question, texts: IntakeTexts)
    -> [String]
  {
    switch reason {
    case .outOfRange(_, let minimum, let maximum):
      return [texts.ui("intake.error.range", minimum, maximum)]
    case .notWhole: return [texts.ui("intake.error.whole")]
    case .tooLong(_, let maximum): return [texts.ui("intake.error.too-long", String(maximum))]
    case .invalidDate(_, .form): return [texts.ui("intake.error.date-form")]
    case .invalidDate(_, .before(let date)):
      return [texts.ui("intake.error.date-before", date.description)]
    case .invalidDate(_, .after(let date)):
      return [texts.ui("intake.error.date-after", date.description)]
    case .exclusiveWithOthers(_, let value):
      let label = texts.adviser("question.\(question.id).option.\(value)")
      return [texts.ui("intake.error.exclusive", label)]
    case .tooManySelections(_, let maximum):
      return [texts.ui("intake.error.too-many", String(maximum))]
    case .constraint(_, let message), .implausible(_, let message):
      // A check of the answer is for the adviser, who talks it through with the participant.
      let index = question.constraints.firstIndex { $0.message == message } ?? 0
      return [texts.adviser("question.\(question.id).constraint.\(index + 1)")]
    default:
      return [texts.ui("intake.error.invalid", AnswerProblem(reason).description)]
    }
  }
}
