import Foundation
import KartleggCore
import KartleggReport
import KartleggStore

/// A synthetic cohort for `kartlegg demo`: seeded answer sets registered as synthetic
/// participants, most assessed and accepted, some answered and awaiting review, some still in
/// progress — so every part of the summary has something to show. Never real people.
struct DemoCohort {
  let context: AppContext
  let store: any KartleggStorage
  let survey: Survey
  let surveyHash: String

  /// How a synthetic participant's intake ends.
  enum Stage: Equatable {
    case inProgress
    case answered
    case complete
  }

  /// The stage of the participant at a position: every tenth still in progress, every tenth
  /// after that answered and waiting for review, the rest complete.
  static func stage(at index: Int) -> Stage {
    switch index % 10 {
    case 9: return .inProgress
    case 8: return .answered
    default: return .complete
    }
  }

  /// Registers `count` synthetic participants in `cohort` and runs their intakes.
  ///
  /// - Returns: The participants' ids, in registration order.
  func create(count: Int, cohort: String, seed: UInt64) throws -> [ParticipantID] {
    let generator = SyntheticAnswers(survey: survey)
    let complete = generator.people(count: count, seed: seed)
    let partial = generator.people(count: count, seed: seed &+ 1, completeness: 0.5)
    let languages = Set(ParticipantLanguages(resources: context.resources).available(in: survey))
    let assessor = Assessor(survey: survey)
    let flow = IntakeFlow(survey: survey)
    let actor = context.actor
    var batch: [BatchIntake] = []
    batch.reserveCapacity(count)
    for index in 0..<count {
      let stage = Self.stage(at: index)
      let registration = Registration(
        name: context.ui("demo.participant-name", String(format: "%03d", index + 1)),
        cohort: cohort, isSynthetic: true)
      let person = stage == .inProgress ? partial[index] : complete[index]
      // The intake runs in the person's own language when the survey is translated into it.
      let language = languages.contains(person.language) ? person.language : survey.sourceLanguage
      let answers = person.answers
      // An intake the survey stops (not informed about storage) has that status and no result.
      let stop = flow.stop(given: answers)?.status
      let result =
        stop == nil && stage != .inProgress ? StoredParts.of(assessor.assess(answers)) : nil
      batch.append(
        BatchIntake(
          registration: registration, surveyHash: surveyHash, language: language,
          answers: answers, result: result, accept: stage == .complete, stopStatus: stop))
    }
    // One transaction with statements prepared once: the same rows and audit entries as
    // registering them one by one, in a fraction of the time.
    let participants = try store.storeBatch(batch, actor: actor)
    return participants
  }
}
