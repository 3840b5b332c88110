import KartleggCore
import KartleggStore

/// The `groups pin` use case: a participant pinned to a named group for the next suggestion,
/// or the pin removed.
public struct PinParticipant {
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

  /// Pins the participant, or removes the pin (`group` `nil`).
  ///
  /// - Parameters:
  ///   - participant: Who.
  ///   - group: The group's name; `nil` to remove the pin.
  ///   - cohort: The cohort's name.
  /// - Throws: ``AppError``: 65 with the store's refusal.
  public func run(_ participant: ParticipantID, to group: String?, cohort: String)
    throws(AppError)
  {
    try AppError.mapping {
      try store.pin(participant, to: group, cohort: cohort, actor: context.actor)
    }
  }
}
