import KartleggStore

/// The `groups apart` use case: two participants kept apart in the next suggestion, or no
/// longer.
public struct KeepApart {
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

  /// Records the pair, or removes it.
  ///
  /// - Parameters:
  ///   - pair: The two participants.
  ///   - isApart: `false` to remove the pair.
  ///   - cohort: The cohort's name.
  /// - Throws: ``AppError``: 65 with the store's refusal.
  public func run(_ pair: ApartParticipants, isApart: Bool, cohort: String) throws(AppError) {
    try AppError.mapping {
      try store.keepApart(pair, isApart: isApart, cohort: cohort, actor: context.actor)
    }
  }
}
