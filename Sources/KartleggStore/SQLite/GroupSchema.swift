import GRDB

/// Migration `2-groups`: a cohort's group plans (one draft, one accepted), their groups and
/// members, and the pins and keep-apart pairs the next suggestion honours. Every row about a
/// participant goes when the participant is erased.
enum GroupSchema {
  static func createGroupTables(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE group_plan (
          id INTEGER PRIMARY KEY,
          cohort_id INTEGER NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
          state TEXT NOT NULL CHECK (state IN ('draft', 'accepted')),
          policy_id TEXT NOT NULL,
          survey_hash TEXT NOT NULL REFERENCES survey_definition(hash),
          minimum_size INTEGER NOT NULL,
          maximum_size INTEGER NOT NULL,
          created_by TEXT NOT NULL,
          created_at TEXT NOT NULL,
          accepted_by TEXT,
          accepted_at TEXT,
          UNIQUE (cohort_id, state)
        );
        CREATE TABLE plan_group (
          id INTEGER PRIMARY KEY,
          plan_id INTEGER NOT NULL REFERENCES group_plan(id) ON DELETE CASCADE,
          name TEXT NOT NULL,
          position INTEGER NOT NULL,
          UNIQUE (plan_id, name)
        );
        CREATE TABLE plan_group_member (
          group_id INTEGER NOT NULL REFERENCES plan_group(id) ON DELETE CASCADE,
          participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
          PRIMARY KEY (group_id, participant_id)
        ) WITHOUT ROWID;
        CREATE INDEX plan_group_member_participant ON plan_group_member(participant_id);
        CREATE TABLE group_pin (
          participant_id TEXT PRIMARY KEY NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
          group_name TEXT NOT NULL
        );
        CREATE TABLE group_apart (
          first_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
          second_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
          PRIMARY KEY (first_id, second_id),
          CHECK (first_id < second_id)
        ) WITHOUT ROWID;
        CREATE INDEX group_apart_second ON group_apart(second_id);
        """)
  }

  /// Migration `4-group-editing`: each pin and keep-apart pair records the grouping policy it
  /// was made under; rows from before the migration have none and count as carried over.
  static func addConstraintPolicies(_ db: Database) throws {
    try db.execute(
      sql: """
        ALTER TABLE group_pin ADD COLUMN policy_id TEXT;
        ALTER TABLE group_apart ADD COLUMN policy_id TEXT;
        """)
  }
}
