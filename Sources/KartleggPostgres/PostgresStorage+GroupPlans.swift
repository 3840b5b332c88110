import Foundation
import KartleggCore
import KartleggStore
import PostgresNIO

extension PostgresStorage: GroupPlanStorage {
  /// Stores a plan as the cohort's draft, replacing any earlier draft, in one transaction.
  ///
  /// - Parameters:
  ///   - plan: The policy, survey and groups.
  ///   - cohort: The cohort's name.
  ///   - actor: Who suggested it.
  /// - Throws: ``GroupPlanRefusal`` for an unknown cohort or a member of another cohort;
  ///   ``StorageError`` when the server refuses or fails.
  public func saveDraft(_ plan: GroupPlanDraft, cohort: String, actor: String) throws {
    try write { session in
      let cohortID = try Self.lockCohort(cohort, in: session)
      let members = plan.groups.flatMap(\.members).map(\.rawValue)
      let outside = try session.rows(
        """
        SELECT m FROM unnest(\(members)::text[]) AS m
        WHERE NOT EXISTS (SELECT 1 FROM participant p WHERE p.id = m AND p.cohort_id = \(cohortID))
        """, as: String.self)
      if let first = members.first(where: { outside.contains($0) }) {
        throw GroupPlanRefusal(.notInCohort(ParticipantID(first), cohort: cohort))
      }
      try session.execute(
        "DELETE FROM group_plan WHERE cohort_id = \(cohortID) AND state = 'draft'")
      guard
        let planID = try session.first(
          """
          INSERT INTO group_plan (cohort_id, state, policy_id, survey_hash, minimum_size,
            maximum_size, created_by, created_at)
          VALUES (\(cohortID), 'draft', \(plan.policy.rawValue), \(plan.surveyHash),
            \(Int64(plan.minimumSize)), \(Int64(plan.maximumSize)), \(actor), \(timestamp()))
          RETURNING id
          """, as: Int64.self)
      else { throw StorageError.corrupt("group plan without id") }
      for (position, group) in plan.groups.enumerated() {
        guard
          let groupID = try session.first(
            """
            INSERT INTO plan_group (plan_id, name, position)
            VALUES (\(planID), \(group.name), \(Int64(position))) RETURNING id
            """, as: Int64.self)
        else { throw StorageError.corrupt("group without id") }
        try session.execute(
          """
          INSERT INTO plan_group_member (group_id, participant_id)
          SELECT \(groupID), m FROM unnest(\(group.members.map(\.rawValue))::text[]) AS m
          """)
      }
      try audit(
        session, actor: actor, action: "groups.suggest", participant: nil,
        detail: "cohort \(cohort): policy \(plan.policy), \(plan.groups.count) groups")
    }
  }

  /// The cohort's accepted plan, else its draft: the plan in force for reports.
  ///
  /// - Parameter cohort: The cohort's name.
  /// - Returns: The plan, or `nil` when the cohort has none.
  /// - Throws: ``GroupPlanRefusal`` for an unknown cohort; ``StorageError`` when the server
  ///   refuses or fails.
  public func groupPlan(cohort: String) throws -> StoredGroupPlan? {
    try read { session in
      let cohortID = try Self.cohortID(cohort, in: session)
      return try Self.plan(of: cohortID, named: cohort, state: .accepted, in: session)
        ?? Self.plan(of: cohortID, named: cohort, state: .draft, in: session)
    }
  }

  /// The cohort's plan in one state.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - state: Draft or accepted.
  /// - Returns: The plan, or `nil` when there is none in that state.
  /// - Throws: ``GroupPlanRefusal`` for an unknown cohort; ``StorageError`` when the server
  ///   refuses or fails.
  public func groupPlan(cohort: String, state: GroupPlanState) throws -> StoredGroupPlan? {
    try read { session in
      try Self.plan(
        of: try Self.cohortID(cohort, in: session), named: cohort, state: state, in: session)
    }
  }

  /// Makes the cohort's draft its accepted plan, replacing an earlier accepted plan.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - actor: Who accepts.
  /// - Throws: ``GroupPlanRefusal`` when the cohort is unknown or has no draft;
  ///   ``StorageError`` when the server refuses or fails.
  public func acceptDraft(cohort: String, actor: String) throws {
    try write { session in
      let cohortID = try Self.lockCohort(cohort, in: session)
      guard let draft = try Self.planID(of: cohortID, state: .draft, in: session) else {
        throw GroupPlanRefusal(.noDraft(cohort: cohort))
      }
      try session.execute(
        "DELETE FROM group_plan WHERE cohort_id = \(cohortID) AND state = 'accepted'")
      try session.execute(
        """
        UPDATE group_plan SET state = 'accepted', accepted_by = \(actor),
          accepted_at = \(timestamp()) WHERE id = \(draft)
        """)
      let groups =
        try session.first(
          "SELECT count(*) FROM plan_group WHERE plan_id = \(draft)", as: Int64.self) ?? 0
      try audit(
        session, actor: actor, action: "groups.accept", participant: nil,
        detail: "cohort \(cohort): \(groups) groups")
    }
  }

  static func cohortID(_ name: String, in session: PostgresSession) throws -> Int64 {
    guard let id = try session.first("SELECT id FROM cohort WHERE name = \(name)", as: Int64.self)
    else { throw GroupPlanRefusal(.unknownCohort(name)) }
    return id
  }

  /// The cohort's id, with a transaction-scoped advisory lock on it: every change to a cohort's
  /// groups takes this lock first, so two advisers' edits run one after the other. (An advisory
  /// lock rather than `SELECT … FOR UPDATE`, which would need `UPDATE` granted on `cohort`.)
  static func lockCohort(_ name: String, in session: PostgresSession) throws -> Int64 {
    let id = try cohortID(name, in: session)
    try session.execute(
      "SELECT pg_advisory_xact_lock(\(cohortLockSpace), \(Int32(truncatingIfNeeded: id)))")
    return id
  }

  /// The first key of the two-key advisory locks on cohorts.
  static let cohortLockSpace: Int32 = 0x6b67_6370

  static func requireMember(
    _ participant: ParticipantID, of cohortID: Int64, named cohort: String,
    in session: PostgresSession
  ) throws {
    guard
      try session.first(
        """
        SELECT 1 FROM participant WHERE id = \(participant.rawValue) AND cohort_id = \(cohortID)
        """, as: Int32.self) != nil
    else { throw GroupPlanRefusal(.notInCohort(participant, cohort: cohort)) }
  }

  static func planID(of cohortID: Int64, state: GroupPlanState, in session: PostgresSession)
    throws -> Int64?
  {
    try session.first(
      """
      SELECT id FROM group_plan WHERE cohort_id = \(cohortID) AND state = \(state.rawValue)
      """, as: Int64.self)
  }

  private static func plan(
    of cohortID: Int64, named cohort: String, state: GroupPlanState, in session: PostgresSession
  ) throws -> StoredGroupPlan? {
    guard
      let (planID, policy, hash, minimum, maximum, createdBy, created, acceptedBy, acceptedAt) =
        try session.first(
          """
          SELECT id, policy_id, survey_hash, minimum_size, maximum_size, created_by, created_at,
            accepted_by, accepted_at
          FROM group_plan WHERE cohort_id = \(cohortID) AND state = \(state.rawValue)
          """,
          as: (Int64, String, String, Int64, Int64, String, String, String?, String?).self)
    else { return nil }
    var groups: [StoredGroup] = []
    var members: [Int64: [ParticipantID]] = [:]
    for (groupID, participant) in try session.rows(
      """
      SELECT m.group_id, m.participant_id FROM plan_group_member m
      JOIN plan_group g ON g.id = m.group_id JOIN participant p ON p.id = m.participant_id
      WHERE g.plan_id = \(planID) ORDER BY p.seq
      """, as: (Int64, String).self)
    {
      members[groupID, default: []].append(ParticipantID(participant))
    }
    for (groupID, name) in try session.rows(
      "SELECT id, name FROM plan_group WHERE plan_id = \(planID) ORDER BY position",
      as: (Int64, String).self)
    {
      groups.append(StoredGroup(name: name, members: members[groupID] ?? []))
    }
    guard let createdAt = date(created) else { throw StorageError.corrupt("group plan") }
    return StoredGroupPlan(
      cohort: cohort, state: state,
      plan: GroupPlanDraft(
        policy: PolicyID(policy), surveyHash: hash, minimumSize: Int(minimum),
        maximumSize: Int(maximum), groups: groups),
      createdBy: createdBy, createdAt: createdAt, acceptedBy: acceptedBy,
      acceptedAt: date(acceptedAt))
  }
}
