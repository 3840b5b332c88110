import Foundation
import GRDB
import KartleggCore

extension SQLiteStorage {
  /// Moves a participant to another group of the cohort's draft, refusing a move that would
  /// take either group outside the plan's size limits.
  ///
  /// - Parameters:
  ///   - participant: The participant.
  ///   - group: The name of the group to join.
  ///   - cohort: The cohort's name.
  ///   - actor: Who moves them.
  /// - Throws: ``GroupPlanRefusal`` naming the cohort, participant, group or limit in the way;
  ///   ``StorageError`` when the database is busy or damaged.
  public func move(_ participant: ParticipantID, to group: String, cohort: String, actor: String)
    throws
  {
    try write { db in
      let cohortID = try Self.cohortID(cohort, in: db)
      try Self.requireMember(participant, of: cohortID, named: cohort, in: db)
      guard let planID = try Self.planID(of: cohortID, state: .draft, in: db),
        let limits = try Row.fetchOne(
          db, sql: "SELECT minimum_size, maximum_size FROM group_plan WHERE id = ?",
          arguments: [planID])
      else { throw GroupPlanRefusal(.noDraft(cohort: cohort)) }
      guard
        let source = try Row.fetchOne(
          db,
          sql: """
            SELECT g.id, g.name FROM plan_group g JOIN plan_group_member m ON m.group_id = g.id
            WHERE g.plan_id = ? AND m.participant_id = ?
            """, arguments: [planID, participant.rawValue])
      else { throw GroupPlanRefusal(.notPlaced(participant)) }
      guard
        let target = try Int64.fetchOne(
          db, sql: "SELECT id FROM plan_group WHERE plan_id = ? AND name = ?",
          arguments: [planID, group])
      else { throw GroupPlanRefusal(.unknownGroup(group)) }
      let sourceID: Int64 = source["id"]
      let sourceName: String = source["name"]
      guard sourceID != target else {
        throw GroupPlanRefusal(.alreadyInGroup(participant, group: group))
      }
      let minimum: Int = limits["minimum_size"]
      let maximum: Int = limits["maximum_size"]
      let left = try Self.size(of: sourceID, in: db) - 1
      guard left >= minimum else {
        throw GroupPlanRefusal(.belowMinimum(group: sourceName, size: left, minimum: minimum))
      }
      let joined = try Self.size(of: target, in: db) + 1
      guard joined <= maximum else {
        throw GroupPlanRefusal(.aboveMaximum(group: group, size: joined, maximum: maximum))
      }
      try db.execute(
        sql: "UPDATE plan_group_member SET group_id = ? WHERE group_id = ? AND participant_id = ?",
        arguments: [target, sourceID, participant.rawValue])
      try audit(
        db, actor: actor, action: "groups.move", participant: participant,
        detail: "cohort \(cohort): \(sourceName) to \(group)")
    }
  }

  /// Pins a participant to a named group for the next suggestion (replacing an earlier pin),
  /// or removes the pin.
  ///
  /// - Parameters:
  ///   - participant: The participant.
  ///   - group: The group's name, or `nil` to remove the pin.
  ///   - cohort: The cohort's name.
  ///   - actor: Who pins.
  /// - Throws: ``GroupPlanRefusal`` for an unknown cohort or a participant of another cohort;
  ///   ``StorageError`` when the database is busy or damaged.
  public func pin(_ participant: ParticipantID, to group: String?, cohort: String, actor: String)
    throws
  {
    try pin(participant, to: group, cohort: cohort, policy: nil, actor: actor)
  }

  /// Pins a participant to a named group under a grouping policy (replacing an earlier pin),
  /// or removes the pin.
  ///
  /// - Parameters:
  ///   - participant: The participant.
  ///   - group: The group's name, or `nil` to remove the pin.
  ///   - cohort: The cohort's name.
  ///   - policy: The policy the pin belongs to, or `nil` for none.
  ///   - actor: Who pins.
  /// - Throws: ``GroupPlanRefusal`` for an unknown cohort or a participant of another cohort;
  ///   ``StorageError`` when the database is busy or damaged.
  public func pin(
    _ participant: ParticipantID, to group: String?, cohort: String, policy: PolicyID?,
    actor: String
  ) throws {
    try write { db in
      let cohortID = try Self.cohortID(cohort, in: db)
      try Self.requireMember(participant, of: cohortID, named: cohort, in: db)
      if let group {
        try db.execute(
          sql: """
            INSERT OR REPLACE INTO group_pin (participant_id, group_name, policy_id)
            VALUES (?, ?, ?)
            """,
          arguments: [participant.rawValue, group, policy?.rawValue])
      } else {
        try db.execute(
          sql: "DELETE FROM group_pin WHERE participant_id = ?", arguments: [participant.rawValue])
      }
      try audit(
        db, actor: actor, action: group == nil ? "groups.unpin" : "groups.pin",
        participant: participant, detail: "cohort \(cohort)" + (group.map { ": \($0)" } ?? ""))
    }
  }

  /// Keeps two participants of a cohort apart in the next suggestion, or no longer.
  ///
  /// - Parameters:
  ///   - pair: The two participants.
  ///   - isApart: Whether they must be apart.
  ///   - cohort: The cohort's name.
  ///   - actor: Who decides.
  /// - Throws: ``GroupPlanRefusal`` for an unknown cohort, a participant of another cohort or
  ///   the same participant twice; ``StorageError`` when the database is busy or damaged.
  public func keepApart(_ pair: ApartParticipants, isApart: Bool, cohort: String, actor: String)
    throws
  {
    try keepApart(pair, isApart: isApart, cohort: cohort, policy: nil, actor: actor)
  }

  /// Keeps two participants of a cohort apart under a grouping policy, or no longer.
  ///
  /// - Parameters:
  ///   - pair: The two participants.
  ///   - isApart: Whether they must be apart.
  ///   - cohort: The cohort's name.
  ///   - policy: The policy the pair belongs to, or `nil` for none.
  ///   - actor: Who decides.
  /// - Throws: ``GroupPlanRefusal`` for an unknown cohort, a participant of another cohort or
  ///   the same participant twice; ``StorageError`` when the database is busy or damaged.
  public func keepApart(
    _ pair: ApartParticipants, isApart: Bool, cohort: String, policy: PolicyID?, actor: String
  ) throws {
    try write { db in
      let cohortID = try Self.cohortID(cohort, in: db)
      guard pair.first != pair.second else {
        throw GroupPlanRefusal(.apartFromSelf(pair.first))
      }
      for participant in [pair.first, pair.second] {
        try Self.requireMember(participant, of: cohortID, named: cohort, in: db)
      }
      if isApart {
        try db.execute(
          sql: """
            INSERT OR REPLACE INTO group_apart (first_id, second_id, policy_id) VALUES (?, ?, ?)
            """, arguments: [pair.first.rawValue, pair.second.rawValue, policy?.rawValue])
      } else {
        try db.execute(
          sql: "DELETE FROM group_apart WHERE first_id = ? AND second_id = ?",
          arguments: [pair.first.rawValue, pair.second.rawValue])
      }
      for (participant, other) in [(pair.first, pair.second), (pair.second, pair.first)] {
        try audit(
          db, actor: actor, action: isApart ? "groups.apart" : "groups.apart-remove",
          participant: participant, detail: "cohort \(cohort): \(other)")
      }
    }
  }

  /// The cohort's pins and keep-apart pairs.
  ///
  /// - Parameter cohort: The cohort's name.
  /// - Returns: The constraints.
  /// - Throws: ``GroupPlanRefusal`` for an unknown cohort; ``StorageError`` when the database
  ///   is busy or damaged.
  public func groupConstraints(cohort: String) throws -> GroupConstraints {
    try read { db in
      let cohortID = try Self.cohortID(cohort, in: db)
      var constraints = GroupConstraints()
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT n.participant_id, n.group_name, n.policy_id FROM group_pin n
          JOIN participant p ON p.id = n.participant_id WHERE p.cohort_id = ?
          """, arguments: [cohortID])
      {
        let participant = ParticipantID(row["participant_id"] as String)
        constraints.pins[participant] = row["group_name"]
        if let policy = row["policy_id"] as String? {
          constraints.pinPolicies[participant] = PolicyID(policy)
        }
      }
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT a.first_id, a.second_id, a.policy_id FROM group_apart a
          JOIN participant p ON p.id = a.first_id WHERE p.cohort_id = ?
          ORDER BY a.first_id, a.second_id
          """, arguments: [cohortID])
      {
        let pair = ApartParticipants(
          ParticipantID(row["first_id"] as String), ParticipantID(row["second_id"] as String))
        constraints.apart.append(pair)
        if let policy = row["policy_id"] as String? {
          constraints.apartPolicies[pair] = PolicyID(policy)
        }
      }
      return constraints
    }
  }

  static func size(of group: Int64, in db: Database) throws -> Int {
    try Int.fetchOne(
      db, sql: "SELECT count(*) FROM plan_group_member WHERE group_id = ?", arguments: [group]) ?? 0
  }
}
