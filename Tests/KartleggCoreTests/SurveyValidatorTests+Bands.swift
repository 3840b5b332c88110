import KartleggCore
import Testing

extension SurveyValidatorTests {
  static let bands: [ValidatorCase] = [
    ValidatorCase("overlap", ["14: level bands 'beginner' and 'some' overlap at 40"]) {
      $0.dimensions[0].bands[0] = SurveyBuilder.band("beginner", 0, 40, line: 13)
    },
    ValidatorCase(
      "band inside another", ["17: level bands 'some' and 'experienced' overlap at 50"]
    ) {
      $0.dimensions[0].bands.append(SurveyBuilder.band("experienced", 50, 60, line: 17))
    },
    ValidatorCase("gap", ["14: level bands leave 40–44 without a level"]) {
      $0.dimensions[0].bands[1] = SurveyBuilder.band("some", 45, 69, line: 14)
    },
    ValidatorCase("gap of one", ["14: level bands leave 40 without a level"]) {
      $0.dimensions[0].bands[1] = SurveyBuilder.band("some", 41, 69, line: 14)
    },
    ValidatorCase("start above 0", ["13: level bands do not start at 0 (the lowest bound is 5)"]) {
      $0.dimensions[0].bands[0] = SurveyBuilder.band("beginner", 5, 39, line: 13)
    },
    ValidatorCase("end below 100", ["15: level bands do not reach 100 (the highest bound is 99)"]) {
      $0.dimensions[0].bands[2] = SurveyBuilder.band("experienced", 70, 99, line: 15)
    },
    ValidatorCase(
      "inverted", ["14: min 69 above max 40", "15: level bands leave 40–69 without a level"]
    ) {
      $0.dimensions[0].bands[1] = SurveyBuilder.band("some", 69, 40, line: 14)
    },
    ValidatorCase(
      "overlap in overall bands", ["20: level bands 'beginner' and 'some' overlap at 30"]
    ) {
      $0.overall.bands[1] = SurveyBuilder.band("some", 30, 69, line: 20)
    },
    ValidatorCase("bands listed out of order", []) {
      $0.dimensions[0].bands.reverse()
    },
    ValidatorCase("one band for everything", []) {
      $0.overall.bands = [SurveyBuilder.band("some", 0, 100, line: 19)]
    },
  ]

  @Test(arguments: bands)
  func reportsBandProblem(_ testCase: ValidatorCase) throws {
    #expect(try testCase.problems() == testCase.expected)
  }
}
