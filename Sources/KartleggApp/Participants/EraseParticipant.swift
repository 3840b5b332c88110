import KartleggCore
import KartleggStore

/// The `participants erase` use case: identity, answers and results removed so nothing of the
/// person stays readable; the audit log keeps who erased which id.
public struct EraseParticipant {
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

  /// Erases the participant.
  ///
  /// - Parameter participant: Who.
  /// - Throws: ``AppError``: 65 for an unknown id.
  public func run(_ participant: ParticipantID) throws(AppError) {
    let existed = try AppError.mapping { try store.erase(participant, actor: context.actor) }
    guard existed else { throw AppError(.dataError, "participants.unknown", participant) }
  }
}
