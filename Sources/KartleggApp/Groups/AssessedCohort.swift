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

  /// Reads the cohort from the store in one read (``Storage/cohortResults(_:)``); `nil` when
  /// nobody in it has a result yet. Each survey version is loaded and its ``Assessor`` built
  /// once.
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
    var versions: [String: (survey: Survey, assessor: Assessor)] = [:]
    let results = try store.cohortResults(cohort) { stored in
      let survey = try surveys.survey(kept: stored)
      versions[stored.hash] = (survey, Assessor(survey: survey))
      return questions(readBy: survey)
    }
    var members: [CohortMember] = []
    members.reserveCapacity(results.assessed.count)
    var latest: (intake: IntakeID, hash: String)?
    for assessed in results.assessed {
      let hash = assessed.surveyHash
      let version: (survey: Survey, assessor: Assessor)
      if let known = versions[hash] {
        version = known
      } else {
        let survey = try surveys.loadKept(hash, from: store)
        version = (survey, Assessor(survey: survey))
        versions[hash] = version
      }
      members.append(
        member(
          assessed.participant, answers: assessed.answers, result: assessed.result,
          survey: version.survey, assessor: version.assessor))
      if latest.map({ assessed.intake > $0.intake }) ?? true {
        latest = (assessed.intake, hash)
      }
    }
    guard let latest, let survey = versions[latest.hash]?.survey else { return nil }
    return AssessedCohort(
      survey: survey, surveyHash: latest.hash, members: members,
      notAssessed: results.notAssessed)
  }

  /// The questions grouping reads from a member's answers under a survey: those of its
  /// policies' keys, its channel rules and its grouping eligibility.
  static func questions(readBy survey: Survey) -> Set<QuestionID> {
    var questions = Set<QuestionID>()
    for policy in survey.groupingPolicies {
      for key in policy.keys {
        if case .answer(let question) = key.attribute { questions.insert(question) }
      }
    }
    for rule in survey.channels.rules {
      questions.formUnion(rule.condition.expression.referencedQuestions)
    }
    if let condition = survey.groupingEligibility {
      questions.formUnion(condition.expression.referencedQuestions)
    }
    return questions
  }

  /// One participant with the values in force: overrides win over the assessment.
  private static func member(
    _ id: ParticipantID, answers: AnswerSet, result: StoredResult, survey: Survey,
    assessor: Assessor
  ) -> CohortMember {
    let values = result.valuesInForce
    var channel = assessor.channels(for: answers)
    if let chosen = values[.channel].map({ ChannelID($0) }),
      chosen != channel.primary?.channel
    {
      channel.primary = ChannelChoice(channel: chosen, rule: "override")
      channel.reachable = [chosen] + channel.reachable.filter { $0 != chosen }
    }
    var levels: [DimensionID: LevelID] = [:]
    for dimension in survey.dimensions {
      levels[dimension.id] = values[.dimensionLevel(dimension.id)].map { LevelID($0) }
    }
    let needsInterpreter = values[.interpreterNeed] == InterpreterNeed.needed.rawValue
    return CohortMember(
      id: id.rawValue, answers: answers,
      overallLevel: values[.overallLevel].map { LevelID($0) },
      dimensionLevels: levels, channel: channel,
      interpreterLanguage: needsInterpreter
        ? values[.interpreterLanguage].map { LanguageCode($0) } : nil)
  }
}
