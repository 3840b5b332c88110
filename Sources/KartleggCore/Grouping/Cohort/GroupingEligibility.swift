/// Who of a cohort is grouped: only assessed participants for whom the survey's grouping
/// condition holds (the standard survey: informed about storage, `consent.informed = 'yes'`);
/// everyone else is listed with why.
public struct GroupingEligibility: Sendable {
  /// Why a participant is not grouped.
  public enum Exclusion: Hashable, Sendable {
    /// No assessment (overall level) in force.
    case notAssessed
    /// The survey's grouping condition does not hold (e.g. not informed about storage); the
    /// condition's source text.
    case conditionFails(String)
  }

  /// A participant left out, and why.
  public struct Excluded: Hashable, Sendable {
    /// The participant's id.
    public var id: String
    /// Why.
    public var exclusion: Exclusion

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - id: The participant's id.
    ///   - exclusion: Why.
    public init(id: String, exclusion: Exclusion) {
      self.id = id
      self.exclusion = exclusion
    }
  }

  /// The survey whose grouping condition applies.
  public let survey: Survey
  private let evaluator: ExpressionEvaluator

  /// Prepares the rule for a survey.
  ///
  /// - Parameter survey: The survey.
  public init(survey: Survey) {
    self.survey = survey
    evaluator = ExpressionEvaluator(survey: survey)
  }

  /// Why one participant is not grouped, or `nil` when they are.
  ///
  /// - Parameter member: The participant.
  /// - Returns: The exclusion, if any.
  public func exclusion(of member: CohortMember) -> Exclusion? {
    guard member.overallLevel != nil else { return .notAssessed }
    if let condition = survey.groupingEligibility,
      !evaluator.holds(condition.expression, answers: member.answers)
    {
      return .conditionFails(condition.source)
    }
    return nil
  }

  /// Splits a cohort into those grouped and those left out, each in the given order.
  ///
  /// - Parameter members: The cohort.
  /// - Returns: The participants to group, and the others with why.
  public func split(_ members: [CohortMember]) -> (grouped: [CohortMember], excluded: [Excluded]) {
    var grouped: [CohortMember] = []
    var excluded: [Excluded] = []
    for member in members {
      if let exclusion = exclusion(of: member) {
        excluded.append(Excluded(id: member.id, exclusion: exclusion))
      } else {
        grouped.append(member)
      }
    }
    return (grouped, excluded)
  }
}
