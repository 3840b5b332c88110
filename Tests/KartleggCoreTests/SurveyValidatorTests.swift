import KartleggCore
import Testing

struct SurveyValidatorTests {
  @Test func acceptsTheIntakeSurvey() throws {
    #expect(SurveyValidator().problems(in: try SurveyBuilder().survey) == [])
  }

  @Test func locatesProblemsInTheSurveyFile() throws {
    var builder = try SurveyBuilder()
    builder.levels.append(Level(id: "some", label: "Igjen", location: SurveyBuilder.at(11)))
    let problem = try #require(SurveyValidator().problems(in: builder.survey).first)
    #expect(problem.location == DocumentLocation(file: "intake.xml", line: 11))
    #expect(problem.location.description == "intake.xml:11")
  }

  @Test func sortsProblemsFromEveryCheckByLocation() throws {
    var builder = try SurveyBuilder()
    builder.overall.weights.append(
      DimensionWeight(dimension: "digital", weight: 2, location: SurveyBuilder.at(23)))
    builder.dimensions[0].bands[1] = SurveyBuilder.band("some", 45, 69, line: 14)
    builder.languages.append(
      SurveyBuilder.language("ar", "arabisk", script: "Arab", .rightToLeft, line: 6))
    #expect(
      lines(SurveyValidator().problems(in: builder.survey)) == [
        "6: duplicate language code 'ar' (first defined on line 4)",
        "14: level bands leave 40–44 without a level",
        "23: unknown dimension 'digital'",
      ])
  }

  static let duplicates: [ValidatorCase] = [
    ValidatorCase(
      "question id", ["46: duplicate question id 'support' (first defined on line 31)"]
    ) {
      $0.add(SurveyBuilder.singleChoice("support", ["yes", "no"], line: 46))
    },
    ValidatorCase("option value", ["49: duplicate option value 'own' (first defined on line 47)"]) {
      $0.add(SurveyBuilder.singleChoice("device", ["own", "borrowed", "own"], line: 46))
    },
    ValidatorCase("option value shared by two questions", []) {
      $0.add(SurveyBuilder.singleChoice("device", ["alone", "none"], line: 46))
    },
    ValidatorCase(
      "gate and channel rule", ["62: duplicate rule id 'cannot-message' (first defined on line 16)"]
    ) {
      $0.channels.rules[0].id = "cannot-message"
    },
    ValidatorCase(
      "need and mode rule", ["72: duplicate rule id 'needs-interpreter' (first defined on line 71)"]
    ) {
      $0.interpreter.modeRules[0].id = "needs-interpreter"
    },
    ValidatorCase(
      "dimension gate and overall gate",
      ["24: duplicate rule id 'cannot-message' (first defined on line 16)"]
    ) {
      $0.overall.gates = [
        Gate(
          id: "cannot-message", cap: "some",
          condition: try SurveyBuilder.condition("support = 'cannot'", line: 24), reason: "Igjen.")
      ]
    },
    ValidatorCase("language code", ["6: duplicate language code 'ar' (first defined on line 4)"]) {
      $0.languages.append(
        SurveyBuilder.language("ar", "arabisk", script: "Arab", .rightToLeft, line: 6))
    },
    ValidatorCase("level id", ["11: duplicate level id 'some' (first defined on line 9)"]) {
      $0.levels.append(Level(id: "some", label: "Igjen", location: SurveyBuilder.at(11)))
    },
    ValidatorCase(
      "dimension id", ["17: duplicate dimension id 'communication' (first defined on line 12)"]
    ) {
      var copy = $0.dimensions[0]
      copy.gates = []
      copy.location = SurveyBuilder.at(17)
      $0.dimensions.append(copy)
    },
    ValidatorCase(
      "section id", ["50: duplicate section id 'background' (first defined on line 30)"]
    ) {
      try $0.addSection("background", line: 50, relevance: nil, questions: [("extra", nil)])
    },
    ValidatorCase("flag id", ["66: duplicate flag id 'no-apps' (first defined on line 65)"]) {
      var copy = $0.flags[0]
      copy.location = SurveyBuilder.at(66)
      $0.flags.append(copy)
    },
    ValidatorCase("channel id", ["63: duplicate channel id 'email' (first defined on line 61)"]) {
      $0.channels.channels.append(
        Channel(id: "email", label: "E-post", servesGroups: false, location: SurveyBuilder.at(63)))
    },
    ValidatorCase("policy id", ["85: duplicate policy id 'by-level' (first defined on line 80)"]) {
      var copy = $0.groupingPolicies[0]
      copy.location = SurveyBuilder.at(85)
      $0.groupingPolicies.append(copy)
    },
  ]

  @Test(arguments: duplicates)
  func reportsDuplicateID(_ testCase: ValidatorCase) throws {
    #expect(try testCase.problems() == testCase.expected)
  }

  static let references: [ValidatorCase] = [
    ValidatorCase(
      "level in dimension band", ["13: unknown level 'beginer' (did you mean 'beginner'?)"]
    ) {
      $0.dimensions[0].bands[0].level = "beginer"
    },
    ValidatorCase("level in overall band", ["21: unknown level 'expert'"]) {
      $0.overall.bands[2].level = "expert"
    },
    ValidatorCase("level in gate cap", ["16: unknown level 'novice'"]) {
      $0.dimensions[0].gates[0].cap = "novice"
    },
    ValidatorCase(
      "dimension in points",
      ["47: unknown dimension 'comunication' (did you mean 'communication'?)"]
    ) {
      let points = DimensionPoints(
        dimension: "comunication", points: 1, location: SurveyBuilder.at(47))
      $0.add(
        Question(
          id: "device",
          kind: .singleChoice([SurveyBuilder.option("own", line: 47, points: [points])]),
          text: "Har du mobil?", location: SurveyBuilder.at(46)))
    },
    ValidatorCase("dimension in overall weights", ["23: unknown dimension 'digital'"]) {
      $0.overall.weights.append(
        DimensionWeight(dimension: "digital", weight: 2, location: SurveyBuilder.at(23)))
    },
    ValidatorCase("channel in rule", ["62: unknown channel 'whatsap' (did you mean 'whatsapp'?)"]) {
      $0.channels.rules[0].channel = "whatsap"
    },
    ValidatorCase(
      "interpreter language question",
      ["70: unknown question 'interpreter.lang' (did you mean 'interpreter.language'?)"]
    ) {
      $0.interpreter.languageQuestion = "interpreter.lang"
    },
    ValidatorCase("interpreter dialect question", ["70: unknown question 'dialect'"]) {
      $0.interpreter.dialectQuestion = "dialect"
    },
    ValidatorCase(
      "interpreter language on a single choice",
      ["70: question 'support' is not a language question (it is single-choice)"]
    ) {
      $0.interpreter.languageQuestion = "support"
    },
    ValidatorCase(
      "interpreter language on a languages question",
      ["70: question 'other.languages' is not a language question (it is languages)"]
    ) {
      $0.interpreter.languageQuestion = "other.languages"
    },
    ValidatorCase("survey language", ["1: survey language 'nn' is not in the language registry"]) {
      $0.sourceLanguage = "nn"
    },
    ValidatorCase("grouping sizes inverted", ["80: policy min 9 above max 4"]) {
      $0.groupingPolicies[0].minimumSize = 9
      $0.groupingPolicies[0].maximumSize = 4
    },
    ValidatorCase(
      "grouping key on multiple choice",
      [
        "83: grouping key question 'apps' is a multiple-choice question; expected single-choice or language"
      ]
    ) {
      $0.groupingPolicies[0].keys.append(
        GroupingKey(attribute: .answer("apps"), weight: 1, location: SurveyBuilder.at(83)))
    },
    ValidatorCase(
      "grouping key on number",
      [
        "83: grouping key question 'work.years' is a number question; expected single-choice or language"
      ]
    ) {
      $0.groupingPolicies[0].keys.append(
        GroupingKey(attribute: .answer("work.years"), weight: 1, location: SurveyBuilder.at(83)))
    },
    ValidatorCase(
      "grouping key on unknown question",
      ["83: unknown question 'suport' (did you mean 'support'?)"]
    ) {
      $0.groupingPolicies[0].keys.append(
        GroupingKey(attribute: .answer("suport"), weight: 1, location: SurveyBuilder.at(83)))
    },
    ValidatorCase("grouping key on unknown dimension", ["83: unknown dimension 'comms'"]) {
      $0.groupingPolicies[0].keys.append(
        GroupingKey(attribute: .dimensionLevel("comms"), weight: 1, location: SurveyBuilder.at(83)))
    },
    ValidatorCase("grouping keys on single choice and dimension level", []) {
      $0.groupingPolicies[0].keys += [
        GroupingKey(attribute: .answer("support"), weight: 1, location: SurveyBuilder.at(83)),
        GroupingKey(
          attribute: .dimensionLevel("communication"), weight: 1, location: SurveyBuilder.at(84)),
      ]
    },
  ]

  @Test(arguments: references)
  func reportsReferenceProblem(_ testCase: ValidatorCase) throws {
    #expect(try testCase.problems() == testCase.expected)
  }
}
