import Foundation
import KartleggCore
import KartleggStore

/// The `participants edit` use case: a registration corrected — name, contact, cohort (matched
/// to an existing one without regard to case), programme; audit-logged.
public struct EditParticipant {
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

  /// Corrects the registration.
  ///
  /// - Parameters:
  ///   - participant: Who.
  ///   - change: The corrections.
  /// - Returns: The cohort in force when it changed.
  /// - Throws: ``AppError``: 64 when nothing is to change or a name is empty, 65 for an unknown
  ///   id or programme.
  public func run(_ participant: ParticipantID, _ change: RegistrationChange) throws(AppError)
    -> String?
  {
    guard !change.fieldNames.isEmpty else { throw AppError(.usage, "participants.edit.nothing") }
    var change = change
    if let name = change.name {
      change.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
      guard change.name?.isEmpty == false else { throw AppError(.usage, "intake.error.empty") }
    }
    if let cohort = change.cohort {
      let existing = try AppError.mapping {
        try store.cohortNames().sorted()
      }
      let resolved = CohortName.resolve(cohort, among: existing).name
      guard !resolved.isEmpty else { throw AppError(.usage, "intake.error.empty") }
      change.cohort = resolved
    }
    if let programme = change.programme, !programme.isEmpty {
      let surveys = try context.surveys()
      let options =
        try surveys.load(surveys.standardSurvey).question(withRole: .programme)?.options.map(
          \.value.rawValue) ?? []
      guard options.isEmpty || options.contains(programme) else {
        throw AppError(
          .dataError, "participants.edit.unknown-programme", programme,
          options.joined(separator: ", "))
      }
    }
    let existed = try AppError.mapping { try store.edit(participant, change, actor: context.actor) }
    guard existed else { throw AppError(.dataError, "participants.unknown", participant) }
    return change.cohort
  }
}
