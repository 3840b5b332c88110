import GRDB
import KartleggCore

extension SQLiteStorage {
  /// Swaps two participants between their groups of the cohort's draft; sizes do not change,
  /// so a swap is allowed whatever the limits.
  ///
  /// - Parameters:
  ///   - first: One participant.
  ///   - second: The other, in another group.
  ///   - cohort: The cohort's name.
  ///   - actor: Who swaps them.
  /// - Throws: ``GroupPlanRefusal`` for an unknown cohort, a participant of another cohort or in
  ///   no group, no draft, or both in one group; ``StorageError`` when the database is busy or
  ///   damaged.
  public func swap(
    _ first: ParticipantID, _ second: ParticipantID, cohort: String, actor: String
  ) throws {
    try write { db in
      let cohortID = try Self.cohortID(cohort, in: db)
      for participant in [first, second] {
        try Self.requireMember(participant, of: cohortID, named: cohort, in: db)
      }
      guard let planID = try Self.planID(of: cohortID, state: .draft, in: db) else {
        throw GroupPlanRefusal(.noDraft(cohort: cohort))
      }
      var placed: [(id: Int64, name: String)] = []
      for participant in [first, second] {
        guard
          let row = try Row.fetchOne(
            db,
            sql: """
              SELECT g.id, g.name FROM plan_group g
              JOIN plan_group_member m ON m.group_id = g.id
              WHERE g.plan_id = ? AND m.participant_id = ?
              """, arguments: [planID, participant.rawValue])
        else { throw GroupPlanRefusal(.notPlaced(participant)) }
        placed.append((row["id"], row["name"]))
      }
      guard placed[0].id != placed[1].id else {
        throw GroupPlanRefusal(.sameGroup(first, second, group: placed[0].name))
      }
      let update =
        "UPDATE plan_group_member SET group_id = ? WHERE group_id = ? AND participant_id = ?"
      try db.execute(sql: update, arguments: [placed[1].id, placed[0].id, first.rawValue])
      try db.execute(sql: update, arguments: [placed[0].id, placed[1].id, second.rawValue])
      for (participant, from, to) in [
        (first, placed[0].name, placed[1].name), (second, placed[1].name, placed[0].name),
      ] {
        try audit(
          db, actor: actor, action: "groups.swap", participant: participant,
          detail: "cohort \(cohort): \(from) to \(to)")
      }
    }
  }
}
