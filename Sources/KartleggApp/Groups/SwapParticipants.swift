import KartleggCore
import KartleggStore

/// The `groups swap` use case: two participants of different groups of the cohort's draft
/// change places, so both groups keep their sizes.
public struct SwapParticipants {
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

  /// Swaps the two.
  ///
  /// - Parameters:
  ///   - first: One participant.
  ///   - second: The other, in another group.
  ///   - cohort: The cohort's name.
  /// - Throws: ``AppError``: 65 with the store's refusal (same group, not placed, no draft).
  public func run(_ first: ParticipantID, _ second: ParticipantID, cohort: String)
    throws(AppError)
  {
    try AppError.mapping { try store.swap(first, second, cohort: cohort, actor: context.actor) }
  }
}
