import Foundation
import KartleggCore
import KartleggStore

/// A cohort as grouping sees it: each participant's latest intake with a result becomes a
/// ``CohortMember`` (answers, levels and channel in force, interpreter language when one is
/// needed); participants without a result are listed apart.
public struct AssessedCohort: Sendable {
  /// The survey of the most recent assessed intake: its policies and channels apply.
  public let survey: Survey
  /// That survey's hash.
  public let surveyHash: String
  /// The assessed participants, in registration order.
  public let members: [CohortMember]
  /// Participants without a result, in registration order.
  public let notAssessed: [ParticipantID]

  /// Reads the cohort from the store; `nil` when nobody in it has a result yet.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - store: The store.
  ///   - surveys: Loads the surveys the intakes ran under.
  /// - Returns: The cohort.
  /// - Throws: What the store or the survey library throws.
  public static func load(cohort: String, store: any Storage, surveys: SurveyLibrary) throws
    -> Self?
  {
    let library = surveys
    var surveys: [String: Survey] = [:]
    var assessors: [String: Assessor] = [:]
    var members: [CohortMember] = []
    var notAssessed: [ParticipantID] = []
    var latest: (intake: IntakeID, hash: String)?
    for participant in try store.participants(cohort: cohort, includeNames: false) {
      guard let intake = try store.latestIntake(of: participant.id),
        let result = try store.result(of: intake.id)
      else {
        notAssessed.append(participant.id)
        continue
      }
      if surveys[intake.surveyHash] == nil {
        let survey = try library.loadKept(intake.surveyHash, from: store)
        surveys[intake.surveyHash] = survey
        assessors[intake.surveyHash] = Assessor(survey: survey)
      }
      guard let survey = surveys[intake.surveyHash], let assessor = assessors[intake.surveyHash]
      else { continue }
      let answers = try store.answers(of: intake.id).answers
      members.append(
        member(participant.id, answers: answers, result: result, survey: survey, assessor: assessor)
      )
      if latest.map({ intake.id > $0.intake }) ?? true { latest = (intake.id, intake.surveyHash) }
    }
    guard let latest, let survey = surveys[latest.hash] else { return nil }
    return AssessedCohort(
      survey: survey, surveyHash: latest.hash, members: members, notAssessed: notAssessed)
  }

  /// One participant with the values in force: overrides win over the assessment.
  private static func member(
    _ id: ParticipantID, answers: AnswerSet, result: StoredResult, survey: Survey,
    assessor: Assessor
  ) -> CohortMember {
    var channel = assessor.assess(answers).channel
    if let chosen = result.value(of: .channel).map({ ChannelID($0) }),
      chosen != channel.primary?.channel
    {
      channel.primary = ChannelChoice(channel: chosen, rule: "override")
      channel.reachable = [chosen] + channel.reachable.filter { $0 != chosen }
    }
    var levels: [DimensionID: LevelID] = [:]
    for dimension in survey.dimensions {
      levels[dimension.id] = result.value(of: .dimensionLevel(dimension.id)).map { LevelID($0) }
    }
    let needsInterpreter = result.value(of: .interpreterNeed) == InterpreterNeed.needed.rawValue
    return CohortMember(
      id: id.rawValue, answers: answers,
      overallLevel: result.value(of: .overallLevel).map { LevelID($0) },
      dimensionLevels: levels, channel: channel,
      interpreterLanguage: needsInterpreter
        ? result.value(of: .interpreterLanguage).map { LanguageCode($0) } : nil)
  }
}
