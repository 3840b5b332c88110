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

  /// How many participants one transaction stores: large enough that the commit's sync is
  /// paid rarely, small enough that a writer waiting on the file is not held up for long.
  static let batchSize = 500

  /// Registers `count` synthetic participants in `cohort` and runs their intakes.
  ///
  /// - Returns: The participants' ids, in registration order.
  func create(count: Int, cohort: String, seed: UInt64) throws -> [ParticipantID] {
    let generator = SyntheticAnswers(survey: survey)
    let complete = generator.make(count: count, seed: seed)
    let partial = generator.make(count: count, seed: seed &+ 1, completeness: 0.5)
    let languages = ParticipantLanguages(resources: context.resources).available(in: survey)
    let assessor = Assessor(survey: survey)
    let actor = context.actor
    var participants: [ParticipantID] = []
    participants.reserveCapacity(count)
    var batch: [BatchIntake] = []
    for index in 0..<count {
      let stage = Self.stage(at: index)
      let language = languages.isEmpty ? survey.sourceLanguage : languages[index % languages.count]
      let answers = stage == .inProgress ? partial[index] : complete[index]
      batch.append(
        BatchIntake(
          registration: Registration(
            name: context.ui("demo.participant-name", String(format: "%03d", index + 1)),
            cohort: cohort, isSynthetic: true),
          surveyHash: surveyHash, language: language, answers: answers,
          result: stage == .inProgress ? nil : StoredParts.of(assessor.assess(answers)),
          accept: stage == .complete))
      if batch.count == Self.batchSize || index == count - 1 {
        participants += try store.storeBatch(batch, actor: actor)
        batch.removeAll(keepingCapacity: true)
      }
    }
    return participants
  }
}
