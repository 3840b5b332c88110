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
    var participants: [ParticipantID] = []
    for index in 0..<count {
      let stage = Self.stage(at: index)
      let participant = try store.register(
        Registration(
          name: context.ui("demo.participant-name", String(format: "%03d", index + 1)),
          cohort: cohort, isSynthetic: true), actor: actor)
      let person = stage == .inProgress ? partial[index] : complete[index]
      // The intake runs in the person's own language when the survey is translated into it.
      let language = languages.contains(person.language) ? person.language : survey.sourceLanguage
      let intake = try store.startIntake(
        for: participant, surveyHash: surveyHash, language: language, actor: actor)
      let answers = person.answers
      try store.recordAll(answers, in: intake, actor: actor)
      // An intake the survey stops (not informed about storage) has that status and no result.
      if let stop = flow.stop(given: answers) {
        try store.setStatus(stop.status, of: intake, actor: actor)
        participants.append(participant)
        continue
      }
      if stage != .inProgress {
        try store.saveResult(
          StoredParts.of(assessor.assess(answers)), of: intake, actor: actor)
      }
      if stage == .complete { try store.accept(intake, actor: actor) }
      participants.append(participant)
    }
    return participants
  }
}
