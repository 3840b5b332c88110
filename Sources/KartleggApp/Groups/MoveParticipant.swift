import KartleggCore
import KartleggStore

/// The `groups move` use case: a participant moved to another group of the cohort's draft.
public struct MoveParticipant {
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

  /// Moves the participant.
  ///
  /// - Parameters:
  ///   - participant: Who.
  ///   - group: The group's name.
  ///   - cohort: The cohort's name.
  /// - Throws: ``AppError``: 65 with the store's refusal (sizes, unknown group).
  public func run(_ participant: ParticipantID, to group: String, cohort: String)
    throws(AppError)
  {
    try AppError.mapping {
      try store.move(participant, to: group, cohort: cohort, actor: context.actor)
    }
  }
}
