import Foundation
import KartleggCore
import KartleggStore

/// The stable JSON form of a cohort's groups, `kartlegg.cohort-groups/1` (docs/grouping.md).
public struct CohortGroupsJSON: Encodable {
  typealias Key = PlanJSON.Key
  typealias Agreement = PlanJSON.Agreement

  struct Reach: Encodable {
    var channel: String
    var members: Int
  }

  struct Interpreter: Encodable {
    var language: String
    var members: Int
  }

  struct Group: Encodable {
    var name: String
    var members: [String]
    var majority: [Agreement]
    var lowestLevel: String?
    var highestLevel: String?
    var languages: [String]
    var channels: [Reach]
    var unreachable: [String]
    var interpreters: [Interpreter]
    var reason: String
  }

  var schema = "kartlegg.cohort-groups/2"
  var cohort: String
  var state: String
  var policy: String
  var surveyHash: String
  var minimumSize: Int
  var maximumSize: Int
  var participants: Int
  var score: Double
  var weightedMatches: Int
  var keys: [Key]
  var groups: [Group]
  var notAssessed: [String]
  var notGrouped: [NotGrouped]
  var targetSize: Int?
  var bookings: Bookings
  var capBreaches: [Breach]

  /// Interpreter bookings beside the fewest possible.
  struct Bookings: Encodable {
    var bookings: Int
    var languages: Int
    var lowerBound: Int
  }

  /// A member the plan could not place under a cap.
  struct Breach: Encodable {
    var member: String
    var cap: String
  }

  /// A participant in no group, and why.
  public struct NotGrouped: Encodable, Sendable {
    var participant: String
    var reason: String
    var condition: String?

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - participant: The participant's id.
    ///   - reason: `not-assessed`, `not-informed` or `condition-fails`.
    ///   - condition: The grouping condition that does not hold.
    public init(participant: String, reason: String, condition: String? = nil) {
      self.participant = participant
      self.reason = reason
      self.condition = condition
    }
  }

  /// Builds the document.
  ///
  /// - Parameters:
  ///   - plan: The plan.
  ///   - cohort: The cohort's name.
  ///   - state: Draft or accepted.
  ///   - surveyHash: The survey's hash.
  ///   - notAssessed: Participants without a result.
  ///   - notGrouped: Everyone in no group, with why.
  public init(
    _ plan: CohortPlan, cohort: String, state: GroupPlanState, surveyHash: String,
    notAssessed: [ParticipantID], notGrouped: [NotGrouped] = []
  ) {
    self.notGrouped = notGrouped
    targetSize = plan.targetSize
    bookings = Bookings(
      bookings: plan.bookings.bookings, languages: plan.bookings.languages,
      lowerBound: plan.bookings.lowerBound)
    capBreaches = plan.capBreaches.map { Breach(member: $0.member, cap: $0.cap.rawValue) }
    self.cohort = cohort
    self.state = state.rawValue
    self.policy = plan.policy.rawValue
    self.surveyHash = surveyHash
    minimumSize = plan.minimumSize
    maximumSize = plan.maximumSize
    participants = plan.memberCount
    score = RosterGroupsOutput.rounded(plan.score)
    weightedMatches = plan.weightedMatches
    keys = plan.keyNames.indices.map {
      Key(
        name: plan.keyNames[$0], weight: plan.weights[$0], matches: plan.keyMatches[$0],
        share: RosterGroupsOutput.rounded(plan.matchShare(key: $0)))
    }
    groups = plan.groups.map { group in
      Group(
        name: group.name, members: group.members,
        majority: group.profile.agreements.map {
          Agreement(key: $0.key, value: $0.value, matching: $0.matching)
        },
        lowestLevel: group.profile.lowestLevel?.rawValue,
        highestLevel: group.profile.highestLevel?.rawValue,
        languages: group.profile.languages.map(\.rawValue),
        channels: group.channels.channels.map {
          Reach(channel: $0.rawValue, members: group.channels.reach[$0] ?? 0)
        },
        unreachable: group.channels.unreachable.map { group.members[$0] },
        interpreters: group.interpreters.map {
          Interpreter(language: $0.language, members: $0.members)
        },
        reason: group.reason.description)
    }
    self.notAssessed = notAssessed.map(\.rawValue)
  }

  /// The document as JSON text.
  ///
  /// - Returns: The JSON.
  /// - Throws: What the encoder throws.
  public func encoded() throws -> String {
    try StableJSON.encode(self)
  }
}
