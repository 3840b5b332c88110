import KartleggCore
import KartleggReport
import KartleggStore

extension IntakeSession {
  /// Shows the participant's own result in plain words: each sentence in the adviser's
  /// language, with the participant's language beneath when it differs — what the adviser
  /// reads out or shows at the end of the intake (`participants sheet` prints it).
  ///
  /// - Parameters:
  ///   - survey: The survey the intake ran under.
  ///   - record: The intake.
  /// - Throws: ``AppError`` for a broken translation file; ``StorageError`` from the store.
  func showParticipantView(survey: Survey, intake record: IntakeRecord) throws {
    guard let stored = try store.result(of: record.id) else { return }
    let values = stored.valuesInForce
    let provisional = stored.assessed.isProvisional
    let adviserTexts = try context.adviserTexts(survey)
    let adviser = ParticipantResultView(
      values: values, isProvisional: provisional, texts: adviserTexts)
    let participant =
      record.language == adviserTexts.language
      ? nil
      : ParticipantResultView(
        values: values, isProvisional: provisional,
        texts: try SurveyTexts.load(survey, language: record.language, from: context.resources))
    console.line()
    console.line("── " + adviser.title + " ──")
    if let participant {
      console.participant(
        participant.title, language: participant.language.rawValue,
        rightToLeft: participant.isRightToLeft, indent: "   ")
    }
    for (index, line) in adviser.lines.enumerated() {
      console.wrapped(line.text, indent: "  ")
      if let participant, participant.lines.indices.contains(index) {
        console.participant(
          participant.lines[index].text, language: participant.language.rawValue,
          rightToLeft: participant.isRightToLeft, indent: "  ")
      }
    }
  }
}
