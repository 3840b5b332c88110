import Foundation
import KartleggCore
import Testing

@Suite struct GoldenProfileTests {
  static let dimensionOrder: [DimensionID] = [
    "information", "communication", "content", "safety", "problem-solving",
  ]

  @Test func tableCoversEveryProfileFileOnce() throws {
    let names = GoldenProfile.all.map(\.name)
    #expect(names.count >= 25)
    #expect(Set(names).count == names.count)
    let files = try FileManager.default.contentsOfDirectory(atPath: Repository.profiles.path)
      .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
    #expect(Set(files) == Set(names))
  }

  @Test(arguments: GoldenProfile.all)
  func assessesProfile(profile: GoldenProfile) throws {
    let survey = try Repository.standardSurvey()
    #expect(survey.dimensions.map(\.id) == Self.dimensionOrder)
    let answers = try Repository.profileAnswers(profile.name, survey: survey)
    let assessment = Assessor(survey: survey).assess(answers)

    profile.check(.overall) {
      #expect(assessment.overall.decision.level == profile.overall)
    }
    profile.check(.dimensions) {
      #expect(assessment.dimensions.map(\.decision.level) == profile.dimensions)
    }
    profile.check(.flags) {
      #expect(Set(assessment.flags) == profile.flags)
    }
    profile.check(.primary) {
      #expect(assessment.channel.primary?.channel == profile.primary)
    }
    profile.check(.fallback) {
      #expect(assessment.channel.fallback?.channel == profile.fallback)
    }
    profile.check(.need) {
      #expect(assessment.interpreter.need == profile.need)
    }
    profile.check(.language) {
      #expect(assessment.interpreter.language == profile.language)
    }
    profile.check(.mode) {
      #expect(assessment.interpreter.mode == profile.mode)
    }
    #expect(assessment.completeness.isComplete == profile.isComplete)
    let isProvisional = assessment.dimensions.contains { $0.decision.isProvisional }
    #expect(isProvisional == !profile.isComplete)
    #expect(assessment.overall.decision.isProvisional == !profile.isComplete)
  }

  @Test func halfFinishedIntakeHasNoLevelWhereNothingWasAnswered() throws {
    let survey = try Repository.standardSurvey()
    let answers = try Repository.profileAnswers("half-finished-after-device", survey: survey)
    let assessment = Assessor(survey: survey).assess(answers)

    #expect(!assessment.completeness.isComplete)
    for question in StandardAnswers.skills {
      #expect(assessment.completeness.missingRequired.contains(question))
    }
    for score in assessment.dimensions {
      #expect(score.percentage == nil, "\(score.dimension)")
      #expect(score.decision.level == nil, "\(score.dimension) must not count as beginner")
      #expect(score.decision.isProvisional, "\(score.dimension)")
      #expect(score.maximum == 0)
      #expect(score.possibleMaximum > 0)
      #expect(score.completeness == 0)
    }
    #expect(assessment.overall.percentage == nil)
    #expect(assessment.overall.decision.level == nil)
    #expect(assessment.overall.decision.isProvisional)
  }

  @Test func halfFinishedSkillsScoreOnlyWhatWasAnswered() throws {
    let survey = try Repository.standardSurvey()
    let answers = try Repository.profileAnswers("half-finished-mid-skills", survey: survey)
    let assessment = Assessor(survey: survey).assess(answers)

    // wifi 'alone', message 'helps-others', video_call 'alone', find_info 'alone'.
    let expected: [(DimensionID, points: Int, maximum: Int, possible: Int)] = [
      ("information", 2, 3, 6), ("communication", 5, 6, 15), ("content", 0, 0, 9),
      ("safety", 0, 0, 6), ("problem-solving", 2, 3, 9),
    ]
    for (dimension, points, maximum, possible) in expected {
      let score = try #require(assessment.score(dimension))
      #expect(score.points == points, "\(dimension)")
      #expect(score.maximum == maximum, "\(dimension)")
      #expect(score.possibleMaximum == possible, "\(dimension)")
      #expect(score.decision.isProvisional, "\(dimension)")
    }
    #expect(assessment.level("content") == nil)
    #expect(assessment.level("safety") == nil)
    #expect(
      assessment.overall.weights == ["information": 2, "communication": 3, "problem-solving": 1])
    #expect(assessment.overall.percentage == 75)
    #expect(
      assessment.completeness.missingRequired == [
        "skill.online_form", "skill.email_attachment", "skill.bankid_login", "skill.scam",
        "skill.photo_document", "skill.teams_meeting", "contact.preferred",
        "contact.info_language", "contact.info_format", "interpreter.needed",
        "interpreter.language", "interpreter.mode",
      ])
  }

  @Test func participantWithoutConsentIsAskedNothingMore() throws {
    let survey = try Repository.standardSurvey()
    let answers = try Repository.profileAnswers("no-consent", survey: survey)
    let assessment = Assessor(survey: survey).assess(answers)

    #expect(assessment.completeness.relevant == 1)
    #expect(assessment.completeness.answered == 1)
    #expect(assessment.dimensions.allSatisfy { $0.possibleMaximum == 0 })
    #expect(assessment.channel.primary?.rule == "in-person-default")
    #expect(assessment.interpreter.needRule == "assess-default")
    #expect(assessment.interpreter.modeRule == "mode-in-person")
  }
}
