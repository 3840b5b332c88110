import KartleggCore
import Testing

/// A change to the intake survey and the problems the validator should report after it.
struct ValidatorCase: Sendable, CustomTestStringConvertible {
  let name: String
  let expected: [String]
  let change: @Sendable (inout SurveyBuilder) throws -> Void

  init(
    _ name: String, _ expected: [String],
    change: @escaping @Sendable (inout SurveyBuilder) throws -> Void
  ) {
    self.name = name
    self.expected = expected
    self.change = change
  }

  var testDescription: String { name }

  /// The problems in the changed survey as `LINE: MESSAGE`.
  func problems() throws -> [String] {
    var builder = try SurveyBuilder()
    try change(&builder)
    return lines(SurveyValidator().problems(in: builder.survey))
  }
}

/// Each problem as `LINE: MESSAGE`, in the order given.
func lines(_ problems: [SurveyProblem]) -> [String] {
  problems.map { "\($0.location.line): \($0.description)" }
}

/// Each problem as `OFFSET: MESSAGE`, in the order given.
func lines(_ problems: [ExpressionProblem]) -> [String] {
  problems.map { "\($0.offset): \($0.description)" }
}
