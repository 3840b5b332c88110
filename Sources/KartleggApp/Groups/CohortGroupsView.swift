import KartleggCore
import KartleggReport
import KartleggStore

/// A cohort's groups as `groups suggest --cohort` and `groups show` present them: the plan,
/// described from the participants' current results, with what the renderers need.
public struct CohortGroupsView: Sendable {
  /// The cohort's name.
  public var cohort: String
  /// The plan.
  public var plan: CohortPlan
  /// The survey the plan was made under.
  public var survey: Survey
  /// The policy.
  public var policy: GroupingPolicy
  /// Draft or accepted.
  public var state: GroupPlanState
  /// The survey's hash.
  public var surveyHash: String
  /// Lines about the plan's state, in the adviser's language.
  public var status: [String]
  /// Participants in no group.
  public var notPlaced: [ParticipantID]
  /// The survey's text in the adviser's language.
  public var texts: SurveyTexts
}
