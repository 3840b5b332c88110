import KartleggCore
import Testing

@Suite struct BandBoundaryTests {
  /// Assesses `points` of 100 in the score survey with the given bands.
  static func assess(
    _ points: Int, bands: [(level: String, minimum: Int, maximum: Int)]
  ) throws -> Assessment {
    let survey = try Repository.survey(ScoreSurvey.text(bands: bands), file: ScoreSurvey.file)
    return Assessor(survey: survey).assess(["score.points": .choice(OptionValue("p\(points)"))])
  }

  @Test(
    arguments: [
      (0, LevelID.beginner), (39, .beginner), (40, .some), (74, .some), (75, .experienced),
      (100, .experienced),
    ])
  func boundsAreInclusiveOnBothSides(points: Int, level: LevelID) throws {
    let assessment = try Self.assess(points, bands: ScoreSurvey.standardBands)
    let score = try #require(assessment.score("score"))
    #expect(score.maximum == 100)
    #expect(score.percentage == Double(points))
    #expect(score.decision.level == level)
    #expect(score.decision.band?.level == level)
    let band = try #require(score.decision.band)
    #expect(band.minimum <= points && points <= band.maximum)
    #expect(assessment.overall.percentage == Double(points))
    #expect(assessment.overall.decision.level == level)
  }

  /// 29/100 × 100 is 28.999999999999996 and 58/100 × 100 is 57.99999999999999 in `Double`; a
  /// band bound at 29 or 58 must still take them.
  @Test(
    arguments: [
      (28, LevelID.beginner), (29, .some), (57, .some), (58, .experienced),
    ])
  func wholeScoreBelowFloatingPointHairTakesItsOwnBand(points: Int, level: LevelID) throws {
    let bands = [("beginner", 0, 28), ("some", 29, 57), ("experienced", 58, 100)]
    let assessment = try Self.assess(points, bands: bands)
    #expect(assessment.score("score")?.decision.level == level)
    #expect(assessment.overall.decision.level == level)
  }

  // MARK: The standard survey, on real answers

  /// Communication has 15 points; 6 of them are exactly 40 %. No answer set of the standard
  /// survey gives a dimension 39 % or 74 % (its maxima are multiples of 3 up to 15).
  @Test(
    arguments: [
      // message, video_call, email_attachment, photo_document, teams_meeting
      ([2, 2, 0, 2, 0], 40.0, LevelID.some),
      ([2, 2, 0, 1, 0], 100.0 / 3, .beginner),
    ])
  func communicationLandsOnForty(skills: [Int], percentage: Double, level: LevelID) throws {
    let survey = try Repository.standardSurvey()
    let levels = [3, skills[0], skills[1], 3, 3, skills[2], 3, 3, skills[3], skills[4]]
    let assessment = Assessor(survey: survey).assess(
      StandardAnswers.skilled(levels, in: survey))
    let score = try #require(assessment.score("communication"))
    #expect(abs((score.percentage ?? -1) - percentage) < 1e-9)
    #expect(score.decision.level == level)
  }

  /// With Teams unanswered, communication has 12 points answered; 9 of them are exactly 75 %.
  @Test(arguments: [(2, 75.0, LevelID.experienced), (1, 200.0 / 3, .some)])
  func provisionalCommunicationLandsOnSeventyFive(
    photo: Int, percentage: Double, level: LevelID
  ) throws {
    let survey = try Repository.standardSurvey()
    var answers = StandardAnswers.skilled([3, 3, 2, 3, 3, 2, 3, 3, photo, 3], in: survey)
    answers["skill.teams_meeting"] = nil
    let score = try #require(Assessor(survey: survey).assess(answers).score("communication"))
    #expect(score.maximum == 12)
    #expect(abs((score.percentage ?? -1) - percentage) < 1e-9)
    #expect(score.decision.level == level)
    #expect(score.decision.isProvisional)
  }

  /// The overall is (2·I + 3·C + 2·T + 2·S + P) / 10, a whole number of steps of 2/9 %: it can
  /// be 39.78 or exactly 40, and 74.89 or 75.11, never 75. Each pair differs by one step from Teams to finding
  /// information.
  @Test(
    arguments: [
      // wifi, message, video, find, form, email, bankid, scam, photo, teams
      ([1, 2, 2, 0, 2, 0, 1, 2, 1, 1], 179, LevelID.beginner),
      ([1, 2, 2, 1, 2, 0, 1, 2, 1, 0], 180, .some),
      ([1, 2, 3, 2, 2, 2, 2, 2, 3, 3], 337, .some),
      ([1, 2, 3, 3, 2, 2, 2, 2, 3, 2], 338, .experienced),
    ])
  func overallLandsOnEitherSideOfABound(skills: [Int], steps: Int, level: LevelID) throws {
    let survey = try Repository.standardSurvey()
    let assessment = Assessor(survey: survey).assess(StandardAnswers.skilled(skills, in: survey))
    let percentage = try #require(assessment.overall.percentage)
    #expect(abs(percentage - Double(2 * steps) / 9) < 1e-9)
    #expect(assessment.overall.decision.gates.isEmpty)
    #expect(assessment.overall.decision.band?.level == level)
    #expect(assessment.overall.decision.level == level)
  }
}
