import KartleggCore
import KartleggReport
import KartleggStore

/// The `participants sheet` use case: the participant's own result as a printable A4 HTML page
/// in their language (with the adviser's language beneath), written owner-only or returned for
/// standard output. That a sheet was made is audit-logged; what it says is not.
public struct MakeParticipantSheet {
  let context: AppContext
  let store: any KartleggStorage

  /// Creates the use case.
  ///
  /// - Parameters:
  ///   - context: Resources, interface language and actor.
  ///   - store: The store.
  public init(context: AppContext, store: any KartleggStorage) {
    self.context = context
    self.store = store
  }

  /// The sheet of a participant's latest result.
  ///
  /// - Parameters:
  ///   - id: The participant's id as typed.
  ///   - output: The file to write; `nil` to return the page for standard output.
  ///   - date: Today's date, `YYYY-MM-DD`, printed on the sheet.
  /// - Returns: The page when there is no output file, else `nil`.
  /// - Throws: ``AppError``: 65 for an unknown id or a participant without a result, 73 when
  ///   the output file cannot be written.
  public func run(_ id: String, output: String?, date: String) throws(AppError) -> String? {
    let participant = PseudonymousID.normalised(id)
    guard let intake = try AppError.mapping({ try store.latestIntake(of: participant) }) else {
      throw AppError(.dataError, "participants.unknown", id)
    }
    guard let stored = try AppError.mapping({ try store.result(of: intake.id) }) else {
      throw AppError(.dataError, "participants.sheet.no-result", participant)
    }
    let survey = try context.surveys().loadKept(intake.surveyHash, from: store)
    let texts = try SurveyTexts.load(survey, language: intake.language, from: context.resources)
    let values = stored.valuesInForce
    let provisional = stored.assessed.isProvisional
    let view = ParticipantResultView(values: values, isProvisional: provisional, texts: texts)
    let adviser = ParticipantResultView(
      values: values, isProvisional: provisional, texts: try context.adviserTexts(survey))
    let html = ParticipantSheetHTML.render(
      participant: view, adviser: adviser, number: participant.description, date: date)
    if let output { try OwnerOnlyFile.write(Array(html.utf8), to: output) }
    try AppError.mapping { try store.noteSheetMade(for: participant, actor: context.actor) }
    return output == nil ? html : nil
  }
}
