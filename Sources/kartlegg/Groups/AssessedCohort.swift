import Foundation
import KartleggCore
import KartleggStore

/// A cohort as grouping sees it: each participant's latest intake with a result becomes a
/// ``CohortMember`` (answers, levels and channel in force, interpreter language when one is
/// needed); participants without a result are listed apart.
struct AssessedCohort {
  /// The survey of the most recent assessed intake: its policies and channels apply.
  let survey: Survey
  /// That survey's hash.
  let surveyHash: String
  /// The assessed participants, in registration order.
  let members: [CohortMember]
  /// Participants without a result, in registration order.
  let notAssessed: [ParticipantID]

  /// Reads the cohort from the store; `nil` when nobody in it has a result yet.
  static func load(cohort: String, store: any Storage & GroupPlanStorage, files: SurveyFiles) throws
    -> Self?
  {
    var surveys: [String: Survey] = [:]
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
        surveys[intake.surveyHash] = try files.loadKept(intake.surveyHash, from: store)
      }
      guard let survey = surveys[intake.surveyHash] else { continue }
      let answers = try store.answers(of: intake.id).answers
      members.append(
        member(participant.id, answers: answers, result: result, survey: survey))
      if latest.map({ intake.id > $0.intake }) ?? true { latest = (intake.id, intake.surveyHash) }
    }
    guard let latest, let survey = surveys[latest.hash] else { return nil }
    return AssessedCohort(
      survey: survey, surveyHash: latest.hash, members: members, notAssessed: notAssessed)
  }

  /// One participant with the values in force: overrides win over the assessment.
  private static func member(
    _ id: ParticipantID, answers: AnswerSet, result: StoredResult, survey: Survey
  ) -> CohortMember {
    var channel = Assessor(survey: survey).assess(answers).channel
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
