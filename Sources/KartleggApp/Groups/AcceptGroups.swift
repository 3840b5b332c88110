import KartleggStore

/// The `groups accept` use case: the cohort's draft becomes its accepted plan.
public struct AcceptGroups {
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

  /// Accepts the draft.
  ///
  /// - Parameter cohort: The cohort's name.
  /// - Returns: How many groups the accepted plan has.
  /// - Throws: ``AppError``: 65 when there is no draft.
  public func run(cohort: String) throws(AppError) -> Int {
    try AppError.mapping {
      try store.acceptDraft(cohort: cohort, actor: context.actor)
      return try store.groupPlan(cohort: cohort)?.groups.count ?? 0
    }
  }
}
