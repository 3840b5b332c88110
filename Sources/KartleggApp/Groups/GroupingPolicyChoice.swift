import KartleggCore

/// Which of a survey's grouping policies applies.
enum GroupingPolicyChoice {
  /// The policy with an id, or the survey's first when none is asked for.
  ///
  /// - Parameters:
  ///   - requested: The policy's id, if asked for.
  ///   - survey: The survey.
  /// - Returns: The policy.
  /// - Throws: ``AppError`` (65) naming the policies there are.
  static func policy(_ requested: String?, in survey: Survey) throws(AppError) -> GroupingPolicy {
    let chosen =
      requested.map { id in survey.groupingPolicies.first { $0.id.rawValue == id } }
      ?? survey.groupingPolicies.first
    guard let chosen else {
      let ids = survey.groupingPolicies.map(\.id.rawValue).joined(separator: ", ")
      throw AppError(.dataError, "groups.error.unknown-policy", survey.id, requested ?? "", ids)
    }
    return chosen
  }
}
