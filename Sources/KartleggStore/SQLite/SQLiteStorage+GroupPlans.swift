import Foundation
import GRDB
import KartleggCore

extension SQLiteStorage: GroupPlanStorage {
  /// Stores a plan as the cohort's draft, replacing any earlier draft, in one transaction.
  ///
  /// - Parameters:
  ///   - plan: The policy, survey and groups.
  ///   - cohort: The cohort's name.
  ///   - actor: Who suggested it.
  /// - Throws: ``GroupPlanRefusal`` for an unknown cohort or a member of another cohort;
  ///   ``StorageError`` when the database is busy or damaged.
  public func saveDraft(_ plan: GroupPlanDraft, cohort: String, actor: String) throws {
    try write { db in
      let cohortID = try Self.cohortID(cohort, in: db)
      for member in plan.groups.flatMap(\.members) {
        try Self.requireMember(member, of: cohortID, named: cohort, in: db)
      }
      try db.execute(
        sql: "DELETE FROM group_plan WHERE cohort_id = ? AND state = 'draft'",
        arguments: [cohortID])
      try db.execute(
        sql: """
          INSERT INTO group_plan (cohort_id, state, policy_id, survey_hash, minimum_size,
            maximum_size, created_by, created_at) VALUES (?, 'draft', ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          cohortID, plan.policy.rawValue, plan.surveyHash, plan.minimumSize, plan.maximumSize,
          actor, timestamp(),
        ])
      let planID = db.lastInsertedRowID
      for (position, group) in plan.groups.enumerated() {
        try db.execute(
          sql: "INSERT INTO plan_group (plan_id, name, position) VALUES (?, ?, ?)",
          arguments: [planID, group.name, position])
        let groupID = db.lastInsertedRowID
        for member in group.members {
          try db.execute(
            sql: "INSERT INTO plan_group_member (group_id, participant_id) VALUES (?, ?)",
            arguments: [groupID, member.rawValue])
        }
      }
      try audit(
        db, actor: actor, action: "groups.suggest", participant: nil,
        detail: "cohort \(cohort): policy \(plan.policy), \(plan.groups.count) groups")
    }
  }

  /// The cohort's accepted plan, else its draft: the plan in force for reports.
  ///
  /// - Parameter cohort: The cohort's name.
  /// - Returns: The plan, or `nil` when the cohort has none.
  /// - Throws: ``GroupPlanRefusal`` for an unknown cohort; ``StorageError`` when the database
  ///   is busy or damaged.
  public func groupPlan(cohort: String) throws -> StoredGroupPlan? {
    try read { db in
      let cohortID = try Self.cohortID(cohort, in: db)
      return try Self.plan(of: cohortID, named: cohort, state: .accepted, in: db)
        ?? Self.plan(of: cohortID, named: cohort, state: .draft, in: db)
    }
  }

  /// The cohort's plan in one state.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - state: Draft or accepted.
  /// - Returns: The plan, or `nil` when there is none in that state.
  /// - Throws: ``GroupPlanRefusal`` for an unknown cohort; ``StorageError`` when the database
  ///   is busy or damaged.
  public func groupPlan(cohort: String, state: GroupPlanState) throws -> StoredGroupPlan? {
    try read { db in
      try Self.plan(of: try Self.cohortID(cohort, in: db), named: cohort, state: state, in: db)
    }
  }

  /// Makes the cohort's draft its accepted plan, replacing an earlier accepted plan.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - actor: Who accepts.
  /// - Throws: ``GroupPlanRefusal`` when the cohort is unknown or has no draft;
  ///   ``StorageError`` when the database is busy or damaged.
  public func acceptDraft(cohort: String, actor: String) throws {
    try write { db in
      let cohortID = try Self.cohortID(cohort, in: db)
      guard let draft = try Self.planID(of: cohortID, state: .draft, in: db) else {
        throw GroupPlanRefusal(.noDraft(cohort: cohort))
      }
      try db.execute(
        sql: "DELETE FROM group_plan WHERE cohort_id = ? AND state = 'accepted'",
        arguments: [cohortID])
      try db.execute(
        sql: """
          UPDATE group_plan SET state = 'accepted', accepted_by = ?, accepted_at = ?
          WHERE id = ?
          """,
        arguments: [actor, timestamp(), draft])
      let groups =
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM plan_group WHERE plan_id = ?", arguments: [draft]) ?? 0
      try audit(
        db, actor: actor, action: "groups.accept", participant: nil,
        detail: "cohort \(cohort): \(groups) groups")
    }
  }

  static func cohortID(_ name: String, in db: Database) throws -> Int64 {
    guard
      let id = try Int64.fetchOne(
        db, sql: "SELECT id FROM cohort WHERE name = ?", arguments: [name])
    else { throw GroupPlanRefusal(.unknownCohort(name)) }
    return id
  }

  static func requireMember(
    _ participant: ParticipantID, of cohortID: Int64, named cohort: String, in db: Database
  ) throws {
    guard
      try Bool.fetchOne(
        db, sql: "SELECT 1 FROM participant WHERE id = ? AND cohort_id = ?",
        arguments: [participant.rawValue, cohortID]) == true
    else { throw GroupPlanRefusal(.notInCohort(participant, cohort: cohort)) }
  }

  static func planID(of cohortID: Int64, state: GroupPlanState, in db: Database) throws -> Int64? {
    try Int64.fetchOne(
      db, sql: "SELECT id FROM group_plan WHERE cohort_id = ? AND state = ?",
      arguments: [cohortID, state.rawValue])
  }

  private static func plan(
    of cohortID: Int64, named cohort: String, state: GroupPlanState, in db: Database
  ) throws -> StoredGroupPlan? {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT * FROM group_plan WHERE cohort_id = ? AND state = ?",
        arguments: [cohortID, state.rawValue])
    else { return nil }
    let planID: Int64 = row["id"]
    // Two statements whatever the plan's size: the groups, then all their members.
    var groups: [StoredGroup] = []
    var position: [Int64: Int] = [:]
    for group in try Row.fetchAll(
      db, sql: "SELECT id, name FROM plan_group WHERE plan_id = ? ORDER BY position",
      arguments: [planID])
    {
      position[group["id"]] = groups.count
      groups.append(StoredGroup(name: group["name"], members: []))
    }
    let members = try Row.fetchCursor(
      db,
      sql: """
        SELECT m.group_id, m.participant_id FROM plan_group g
        JOIN plan_group_member m ON m.group_id = g.id
        JOIN participant p ON p.id = m.participant_id
        WHERE g.plan_id = ? ORDER BY p.rowid
        """,
      arguments: [planID])
    while let member = try members.next() {
      guard let index = position[member[0]] else { throw StorageError.corrupt("group plan") }
      groups[index].members.append(ParticipantID(member[1] as String))
    }
    guard let created = date(row["created_at"]) else { throw StorageError.corrupt("group plan") }
    return StoredGroupPlan(
      cohort: cohort, state: state,
      plan: GroupPlanDraft(
        policy: PolicyID(row["policy_id"] as String), surveyHash: row["survey_hash"],
        minimumSize: row["minimum_size"], maximumSize: row["maximum_size"], groups: groups),
      createdBy: row["created_by"], createdAt: created, acceptedBy: row["accepted_by"],
      acceptedAt: date(row["accepted_at"]))
  }
}
