import Foundation
import KartleggCore
import KartleggStore
import PostgresNIO

extension PostgresStorage {
  /// Corrects a participant's registration in one transaction; audit-logged with the names of
  /// the fields changed, never their values.
  ///
  /// - Parameters:
  ///   - participant: The participant.
  ///   - change: The fields to change (an empty contact or programme clears it).
  ///   - actor: Who corrects it.
  /// - Returns: Whether the participant exists.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func edit(_ participant: ParticipantID, _ change: RegistrationChange, actor: String)
    throws -> Bool
  {
    try write { session in
      let id = participant.rawValue
      guard try session.first("SELECT 1 FROM participant WHERE id = \(id)", as: Int32.self) != nil
      else { return false }
      if let name = change.name {
        try session.execute("UPDATE identity SET name = \(name) WHERE participant_id = \(id)")
      }
      if let contact = change.contact {
        let value: String? = contact.isEmpty ? nil : contact
        try session.execute("UPDATE identity SET contact = \(value) WHERE participant_id = \(id)")
      }
      if let programme = change.programme {
        let value: String? = programme.isEmpty ? nil : programme
        try session.execute("UPDATE participant SET programme = \(value) WHERE id = \(id)")
      }
      if let cohort = change.cohort {
        try session.execute(
          """
          INSERT INTO cohort (name, created_at) VALUES (\(cohort), \(timestamp()))
          ON CONFLICT (name) DO NOTHING
          """)
        try session.execute(
          """
          UPDATE participant SET cohort_id = (SELECT id FROM cohort WHERE name = \(cohort))
          WHERE id = \(id)
          """)
      }
      try audit(
        session, actor: actor, action: "participant.edit", participant: participant,
        detail: change.fieldNames.joined(separator: ","))
      return true
    }
  }

  /// Swaps two participants between their groups of the cohort's draft, under the cohort's lock.
  ///
  /// - Parameters:
  ///   - first: One participant.
  ///   - second: The other.
  ///   - cohort: The cohort's name.
  ///   - actor: Who swaps them.
  /// - Throws: ``GroupPlanRefusal`` naming what is in the way; ``StorageError`` when the server
  ///   refuses or fails.
  public func swap(_ first: ParticipantID, _ second: ParticipantID, cohort: String, actor: String)
    throws
  {
    try write { session in
      let cohortID = try Self.lockCohort(cohort, in: session)
      for participant in [first, second] {
        try Self.requireMember(participant, of: cohortID, named: cohort, in: session)
      }
      guard let planID = try Self.planID(of: cohortID, state: .draft, in: session) else {
        throw GroupPlanRefusal(.noDraft(cohort: cohort))
      }
      var placed: [(id: Int64, name: String)] = []
      for participant in [first, second] {
        guard
          let (groupID, name) = try session.first(
            """
            SELECT g.id, g.name FROM plan_group g JOIN plan_group_member m ON m.group_id = g.id
            WHERE g.plan_id = \(planID) AND m.participant_id = \(participant.rawValue)
            """, as: (Int64, String).self)
        else { throw GroupPlanRefusal(.notPlaced(participant)) }
        placed.append((groupID, name))
      }
      guard placed[0].id != placed[1].id else {
        throw GroupPlanRefusal(.sameGroup(first, second, group: placed[0].name))
      }
      for (participant, from, to) in [
        (first, placed[0].id, placed[1].id), (second, placed[1].id, placed[0].id),
      ] {
        try session.execute(
          """
          UPDATE plan_group_member SET group_id = \(to)
          WHERE group_id = \(from) AND participant_id = \(participant.rawValue)
          """)
      }
      for (participant, from, to) in [
        (first, placed[0].name, placed[1].name), (second, placed[1].name, placed[0].name),
      ] {
        try audit(
          session, actor: actor, action: "groups.swap", participant: participant,
          detail: "cohort \(cohort): \(from) to \(to)")
      }
    }
  }
}
