import Foundation
import KartleggCore
import KartleggReport
import KartleggStore
import KartleggTerminal

extension IntakeSession {
  /// Assesses the answers (when asked to), shows the result and lets the adviser accept it or
  /// override parts of it; every override is saved as soon as it is given.
  func review(survey: Survey, intake record: IntakeRecord, assessAgain: Bool) throws {
    let answers = try store.answers(of: record.id).answers
    let assessment = Assessor(survey: survey).assess(answers)
    let labels = try context.adviserTexts(survey)
    let parts = ResultParts(survey: survey, texts: labels, ui: ui)
    let earlier = try store.result(of: record.id)
    if assessAgain || earlier == nil {
      try store.saveResult(StoredParts.of(assessment), of: record.id, actor: actor)
    }
    guard let stored = try store.result(of: record.id) else {
      throw StorageError.unknownIntake(record.id)
    }
    console.line()
    console.line("── " + ui("intake.result", record.participant.rawValue) + " ──")
    console.block(
      AssessmentText(
        survey: survey, assessment: assessment, texts: labels, ui: ui, width: console.width,
        overriddenLevels: Dictionary(
          stored.overrides.compactMap { override in
            switch override.part {
            case .overallLevel, .dimensionLevel: return (override.part, LevelID(override.chosen))
            default: return nil
            }
          }, uniquingKeysWith: { _, latest in latest })
      ).rendered())
    let labelled = parts.review(stored)
    for override in stored.overrides {
      let part = labelled.first { $0.name == override.part.description }
      let chosen = part?.choices.first { $0.value == override.chosen }?.label
      console.wrapped(
        ui(
          "intake.override-line", part?.label ?? override.part.description,
          chosen ?? override.chosen, TerminalText.escaped(override.reason)),
        indent: "  ")
    }
    if record.status == .complete {
      console.line(ui("intake.already-accepted", stored.acceptedBy ?? "?"))
      try showParticipantView(survey: survey, intake: record)
      return
    }
    let review = ResultReview(
      console: console, texts: try texts(for: survey, participant: record.language))
    let outcome = try review.run(parts: parts.review(stored)) { decision in
      guard let part = ResultPart(decision.part) else { return }
      try store.addOverride(
        Override(
          part: part, assessed: stored.assessed.values[part], chosen: decision.chosen,
          reason: decision.reason, adviser: actor, madeAt: Date()),
        to: record.id, actor: actor)
    }
    switch outcome {
    case .accepted:
      try store.accept(record.id, actor: actor)
      console.line(ui("intake.accepted", record.participant.rawValue))
      try showParticipantView(survey: survey, intake: record)
    case .later, .endOfInput:
      console.line(ui("intake.review-later", record.participant.rawValue))
    }
  }
}
