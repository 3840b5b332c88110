import KartleggStore
import PostgresNIO

/// The three database roles of a shared kartlegg database and what PostgreSQL grants each.
///
/// - `kartlegg_adviser`: intake, participants and groups: reads and writes every table except
///   that it may only append to (and read) the audit log.
/// - `kartlegg_leader`: the cohort summary and group plans: reads only tables without identity
///   (never `identity`, the one table with names and contact details, nor the audit log), edits
///   group plans, appends to the audit log.
/// - `kartlegg_auditor`: reads the audit log, nothing else.
///
/// No role is granted `UPDATE`, `DELETE` or `TRUNCATE` on `audit`; its trigger refuses them even
/// for the owner.
public enum PostgresRoles {
  /// The roles, in the order they are created.
  public static let names = ["kartlegg_adviser", "kartlegg_leader", "kartlegg_auditor"]

  /// Tables the leader may read: everything but `identity` and `audit`.
  public static let leaderReadable = [
    "kartlegg_migration", "survey_definition", "cohort", "participant", "intake", "answer",
    "result", "result_value", "override", "group_plan", "plan_group", "plan_group_member",
    "group_pin", "group_apart", "summary_release", "summary_release_member",
  ]

  /// The group-plan tables the leader may change.
  public static let leaderWritable = [
    "group_plan", "plan_group", "plan_group_member", "group_pin", "group_apart",
  ]

  /// The statements that create the roles (when missing) and set their grants on the store's
  /// schema; running them again changes nothing.
  public static var statements: [String] {
    var statements = names.map { role in
      """
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '\(role)') THEN
          CREATE ROLE \(role) LOGIN;
        END IF;
      END $$
      """
    }
    let everyTable = (leaderReadable + ["identity", "intake_lock", "import_key", "audit"]).joined(
      separator: ", ")
    statements += [
      "REVOKE ALL ON \(everyTable) FROM PUBLIC, \(names.joined(separator: ", "))",
      "GRANT USAGE ON SCHEMA \(schema) TO \(names.joined(separator: ", "))",
      "GRANT SELECT ON kartlegg_migration TO \(names.joined(separator: ", "))",
      // Adviser: everything but changing the audit log.
      """
      GRANT SELECT, INSERT, UPDATE, DELETE ON \(
        (leaderReadable.dropFirst() + ["identity", "intake_lock", "import_key"]).joined(separator: ", ")) TO kartlegg_adviser
      """,
      "GRANT SELECT, INSERT ON audit TO kartlegg_adviser",
      // Leader: identity-free tables, group plans, appending to the audit log.
      "GRANT SELECT ON \(leaderReadable.joined(separator: ", ")) TO kartlegg_leader",
      """
      GRANT INSERT, UPDATE, DELETE ON \(leaderWritable.joined(separator: ", "))
      TO kartlegg_leader
      """,
      "GRANT INSERT ON audit, summary_release, summary_release_member TO kartlegg_leader",
      // Auditor: the audit log.
      "GRANT SELECT ON audit TO kartlegg_auditor",
      """
      GRANT USAGE ON ALL SEQUENCES IN SCHEMA \(schema) TO kartlegg_adviser, kartlegg_leader
      """,
    ]
    return statements
  }

  private static let schema = "\"$schema\""
}

extension PostgresStorage {
  /// Creates the roles `kartlegg_adviser`, `kartlegg_leader` and `kartlegg_auditor` (when
  /// missing) and grants each what ``PostgresRoles`` says, in one transaction. Needs a role that
  /// owns the tables and may create roles.
  ///
  /// - Parameter actor: Who runs it, for the audit log.
  /// - Returns: The roles.
  /// - Throws: ``StorageError/permissionDenied(role:reason:)`` when this role may not.
  @discardableResult
  public func initialiseRoles(actor: String) throws -> [String] {
    try write { session in
      guard
        let schema = try session.first("SELECT current_schema()", as: String.self)
      else { throw StorageError.corrupt("no current schema") }
      for statement in PostgresRoles.statements {
        try session.execute(
          PostgresQuery(
            unsafeSQL: statement.replacingOccurrences(
              of: "\"$schema\"", with: Self.quoted(schema))))
      }
      try audit(
        session, actor: actor, action: "database.init-roles", participant: nil,
        detail: PostgresRoles.names.joined(separator: " "))
      return PostgresRoles.names
    }
  }
}
