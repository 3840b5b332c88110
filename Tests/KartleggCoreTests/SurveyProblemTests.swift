import KartleggCore
import Testing

/// Messages of the reasons the validator does not produce itself (the XML loader does).
struct SurveyProblemTests {
  @Test(arguments: [
    (
      SurveyProblem.Reason.noOptions("support", kind: "single-choice"),
      "single-choice question 'support' has no options"
    ),
    (
      .optionsNotAllowed("work.years", kind: "number"),
      "options are only allowed on choice questions; 'work.years' is a number question"
    ),
    (
      .attributeNotApplicable("max-length", kind: "date"),
      "attribute 'max-length' does not apply to a date question"
    ),
    (.groupingKeyTarget, "a grouping key needs exactly one of 'question' and 'level'"),
    (
      .missingText(element: "label", owner: "option 'alone'"),
      "missing text in <label> of option 'alone'; the survey language needs it"
    ),
    (
      .exclusiveOnSingleChoice("none"),
      "option 'none' is marked exclusive, but only multiple-choice options can be"
    ),
    (.rangeInverted(minimum: "10", maximum: "2"), "min 10 above max 2"),
    (.bandsGap(from: 40, to: 40), "level bands leave 40 without a level"),
    (
      .condition(ExpressionProblem(.invalidDate("2024-13-01"), at: 5), attribute: "when"),
      "in 'when': '2024-13-01' is not a date of the form YYYY-MM-DD"
    ),
  ])
  func describesReason(reason: SurveyProblem.Reason, message: String) {
    let problem = SurveyProblem(reason, at: SurveyBuilder.at(7))
    #expect(problem.description == message)
    #expect(problem.location.description == "intake.xml:7")
  }
}
