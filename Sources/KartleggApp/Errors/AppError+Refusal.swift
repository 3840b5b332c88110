import KartleggStore

extension AppError {
  /// A refused change to a cohort's group plan: exit 65 with the reason in the adviser's
  /// language.
  ///
  /// - Parameter refusal: What the store refused.
  public init(refusal: GroupPlanRefusal) {
    let message: AppMessage
    switch refusal.reason {
    case .unknownCohort(let cohort): message = .key("groups.error.unknown-cohort", cohort)
    case .noDraft(let cohort): message = .key("groups.error.no-draft", cohort)
    case .notInCohort(let participant, let cohort):
      message = .key("groups.error.not-in-cohort", participant, cohort)
    case .notPlaced(let participant): message = .key("groups.error.not-placed", participant)
    case .unknownGroup(let group): message = .key("groups.error.unknown-group", group)
    case .alreadyInGroup(let participant, let group):
      message = .key("groups.error.already-in-group", participant, group)
    case .belowMinimum(let group, let size, let minimum):
      message = .key("groups.error.below-minimum", group, size, minimum)
    case .aboveMaximum(let group, let size, let maximum):
      message = .key("groups.error.above-maximum", group, size, maximum)
    case .apartFromSelf(let participant):
      message = .key("groups.error.apart-from-self", participant)
    case .sameGroup(let first, let second, let group):
      message = .key("groups.error.same-group", first, second, group)
    }
    self.init(.dataError, [AppProblem(message)])
  }
}
