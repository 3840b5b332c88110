import Foundation
import KartleggCore
import KartleggStore
import PostgresNIO

extension PostgresStorage {
  /// Moves a participant to another group of the cohort's draft, refusing a move that would take
  /// either group outside the plan's size limits. The cohort's row is locked first, so a
  /// concurrent move cannot slip between the size check and the change.
  ///
  /// - Parameters:
  ///   - participant: The participant.
  ///   - group: The name of the group to join.
  ///   - cohort: The cohort's name.
  ///   - actor: Who moves them.
  /// - Throws: ``GroupPlanRefusal`` naming the cohort, participant, group or limit in the way;
  ///   ``StorageError`` when the server refuses or fails.
  public func move(_ participant: ParticipantID, to group: String, cohort: String, actor: String)
    throws
  {
    try write { session in
      let cohortID = try Self.lockCohort(cohort, in: session)
      try Self.requireMember(participant, of: cohortID, named: cohort, in: session)
      guard let planID = try Self.planID(of: cohortID, state: .draft, in: session),
        let (minimum, maximum) = try session.first(
          "SELECT minimum_size, maximum_size FROM group_plan WHERE id = \(planID)",
          as: (Int64, Int64).self)
      else { throw GroupPlanRefusal(.noDraft(cohort: cohort)) }
      guard
        let (sourceID, sourceName) = try session.first(
          """
          SELECT g.id, g.name FROM plan_group g JOIN plan_group_member m ON m.group_id = g.id
          WHERE g.plan_id = \(planID) AND m.participant_id = \(participant.rawValue)
          """, as: (Int64, String).self)
      else { throw GroupPlanRefusal(.notPlaced(participant)) }
      guard
        let target = try session.first(
          "SELECT id FROM plan_group WHERE plan_id = \(planID) AND name = \(group)",
          as: Int64.self)
      else { throw GroupPlanRefusal(.unknownGroup(group)) }
      guard sourceID != target else {
        throw GroupPlanRefusal(.alreadyInGroup(participant, group: group))
      }
      let left = try Self.size(of: sourceID, in: session) - 1
      guard left >= minimum else {
        throw GroupPlanRefusal(
          .belowMinimum(group: sourceName, size: left, minimum: Int(minimum)))
      }
      let joined = try Self.size(of: target, in: session) + 1
      guard joined <= maximum else {
        throw GroupPlanRefusal(.aboveMaximum(group: group, size: joined, maximum: Int(maximum)))
      }
      try session.execute(
        """
        UPDATE plan_group_member SET group_id = \(target)
        WHERE group_id = \(sourceID) AND participant_id = \(participant.rawValue)
        """)
      try audit(
        session, actor: actor, action: "groups.move", participant: participant,
        detail: "cohort \(cohort): \(sourceName) to \(group)")
    }
  }

  /// Pins a participant to a named group for the next suggestion (replacing an earlier pin), or
  /// removes the pin.
  ///
  /// - Parameters:
  ///   - participant: The participant.
  ///   - group: The group's name, or `nil` to remove the pin.
  ///   - cohort: The cohort's name.
  ///   - actor: Who pins.
  /// - Throws: ``GroupPlanRefusal`` for an unknown cohort or a participant of another cohort;
  ///   ``StorageError`` when the server refuses or fails.
  public func pin(_ participant: ParticipantID, to group: String?, cohort: String, actor: String)
    throws
  {
    try pin(participant, to: group, cohort: cohort, policy: nil, actor: actor)
  }

  /// Pins a participant to a named group under a grouping policy, or removes the pin.
  ///
  /// - Parameters:
  ///   - participant: The participant.
  ///   - group: The group's name, or `nil` to remove the pin.
  ///   - cohort: The cohort's name.
  ///   - policy: The policy the pin is made under, if known.
  ///   - actor: Who pins.
  /// - Throws: ``GroupPlanRefusal`` for an unknown cohort or a participant of another cohort;
  ///   ``StorageError`` when the server refuses or fails.
  public func pin(
    _ participant: ParticipantID, to group: String?, cohort: String, policy: PolicyID?,
    actor: String
  ) throws {
    try write { session in
      let cohortID = try Self.lockCohort(cohort, in: session)
      try Self.requireMember(participant, of: cohortID, named: cohort, in: session)
      if let group {
        try session.execute(
          """
          INSERT INTO group_pin (participant_id, group_name, policy_id)
          VALUES (\(participant.rawValue), \(group), \(policy?.rawValue))
          ON CONFLICT (participant_id) DO UPDATE SET group_name = excluded.group_name,
            policy_id = excluded.policy_id
          """)
      } else {
        try session.execute("DELETE FROM group_pin WHERE participant_id = \(participant.rawValue)")
      }
      try audit(
        session, actor: actor, action: group == nil ? "groups.unpin" : "groups.pin",
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
  /// - Throws: ``GroupPlanRefusal`` for an unknown cohort, a participant of another cohort or the
  ///   same participant twice; ``StorageError`` when the server refuses or fails.
  public func keepApart(_ pair: ApartParticipants, isApart: Bool, cohort: String, actor: String)
    throws
  {
    try keepApart(pair, isApart: isApart, cohort: cohort, policy: nil, actor: actor)
  }

  /// Keeps two participants apart under a grouping policy, or no longer.
  ///
  /// - Parameters:
  ///   - pair: The two participants.
  ///   - isApart: Whether they must be apart.
  ///   - cohort: The cohort's name.
  ///   - policy: The policy the pair is made under, if known.
  ///   - actor: Who decides.
  /// - Throws: ``GroupPlanRefusal`` for an unknown cohort, a participant of another cohort or the
  ///   same participant twice; ``StorageError`` when the server refuses or fails.
  public func keepApart(
    _ pair: ApartParticipants, isApart: Bool, cohort: String, policy: PolicyID?, actor: String
  ) throws {
    try write { session in
      let cohortID = try Self.lockCohort(cohort, in: session)
      guard pair.first != pair.second else {
        throw GroupPlanRefusal(.apartFromSelf(pair.first))
      }
      for participant in [pair.first, pair.second] {
        try Self.requireMember(participant, of: cohortID, named: cohort, in: session)
      }
      if isApart {
        try session.execute(
          """
          INSERT INTO group_apart (first_id, second_id, policy_id)
          VALUES (\(pair.first.rawValue), \(pair.second.rawValue), \(policy?.rawValue))
          ON CONFLICT (first_id, second_id) DO UPDATE SET policy_id = excluded.policy_id
          """)
      } else {
        try session.execute(
          """
          DELETE FROM group_apart
          WHERE first_id = \(pair.first.rawValue) AND second_id = \(pair.second.rawValue)
          """)
      }
      for (participant, other) in [(pair.first, pair.second), (pair.second, pair.first)] {
        try audit(
          session, actor: actor, action: isApart ? "groups.apart" : "groups.apart-remove",
          participant: participant, detail: "cohort \(cohort): \(other)")
      }
    }
  }

  /// The cohort's pins and keep-apart pairs.
  ///
  /// - Parameter cohort: The cohort's name.
  /// - Returns: The constraints.
  /// - Throws: ``GroupPlanRefusal`` for an unknown cohort; ``StorageError`` when the server
  ///   refuses or fails.
  public func groupConstraints(cohort: String) throws -> GroupConstraints {
    try read { session in
      let cohortID = try Self.cohortID(cohort, in: session)
      var constraints = GroupConstraints()
      for (participant, group, policy) in try session.rows(
        """
        SELECT n.participant_id, n.group_name, n.policy_id FROM group_pin n
        JOIN participant p ON p.id = n.participant_id WHERE p.cohort_id = \(cohortID)
        """, as: (String, String, String?).self)
      {
        constraints.pins[ParticipantID(participant)] = group
        if let policy { constraints.pinPolicies[ParticipantID(participant)] = PolicyID(policy) }
      }
      for (first, second, policy) in try session.rows(
        """
        SELECT a.first_id, a.second_id, a.policy_id FROM group_apart a
        JOIN participant p ON p.id = a.first_id WHERE p.cohort_id = \(cohortID)
        ORDER BY a.first_id COLLATE "C", a.second_id COLLATE "C"
        """, as: (String, String, String?).self)
      {
        let pair = ApartParticipants(ParticipantID(first), ParticipantID(second))
        constraints.apart.append(pair)
        if let policy { constraints.apartPolicies[pair] = PolicyID(policy) }
      }
      return constraints
    }
  }

  static func size(of group: Int64, in session: PostgresSession) throws -> Int {
    Int(
      try session.first(
        "SELECT count(*) FROM plan_group_member WHERE group_id = \(group)", as: Int64.self) ?? 0)
  }
}
