import GRDB

/// The database schema, as numbered migrations. A migration, once released, never changes;
/// changes come as new migrations.
enum Schema {
  /// The migrations in order, by identifier.
  static let migrations: [(identifier: String, migrate: @Sendable (Database) throws -> Void)] = [
    ("1-intakes", createIntakeTables),
    ("2-groups", GroupSchema.createGroupTables),
    ("3-summary", createSummaryIndexes),
    ("4-group-editing", GroupSchema.addConstraintPolicies),
    ("5-intake-locks", createIntakeLocks),
    ("6-import-keys", RobustSchema.createImportKeys),
    ("7-erasure", RobustSchema.createErasureTables),
    ("8-cohort-plan", PlanSchema.addNotInformedAndReleases),
  ]

  /// The migrations as GRDB's migrator (for tests that stop part-way); opening a store runs
  /// them through ``migrate(_:)``, which serialises concurrent openers.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for migration in migrations {
      migrator.registerMigration(migration.identifier, migrate: migration.migrate)
    }
    return migrator
  }

  private static func createIntakeTables(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE survey_definition (
          hash TEXT PRIMARY KEY NOT NULL,
          survey_id TEXT NOT NULL,
          version TEXT NOT NULL,
          source BLOB NOT NULL,
          kept_at TEXT NOT NULL
        );
        CREATE TABLE cohort (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE,
          created_at TEXT NOT NULL
        );
        CREATE TABLE participant (
          id TEXT PRIMARY KEY NOT NULL,
          cohort_id INTEGER NOT NULL REFERENCES cohort(id),
          programme TEXT,
          is_synthetic INTEGER NOT NULL DEFAULT 0,
          registered_at TEXT NOT NULL
        );
        CREATE INDEX participant_cohort ON participant(cohort_id);
        -- Identity, apart from everything else: the only table with a name.
        CREATE TABLE identity (
          participant_id TEXT PRIMARY KEY NOT NULL
            REFERENCES participant(id) ON DELETE CASCADE,
          name TEXT NOT NULL,
          contact TEXT
        );
        CREATE TABLE intake (
          id INTEGER PRIMARY KEY,
          participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
          survey_hash TEXT NOT NULL REFERENCES survey_definition(hash),
          language TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('in-progress', 'answered', 'complete')),
          started_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX intake_participant ON intake(participant_id);
        -- value is a tagged JSON answer; NULL records a deliberate skip.
        CREATE TABLE answer (
          intake_id INTEGER NOT NULL REFERENCES intake(id) ON DELETE CASCADE,
          question_id TEXT NOT NULL,
          value TEXT,
          answered_at TEXT NOT NULL,
          PRIMARY KEY (intake_id, question_id)
        ) WITHOUT ROWID;
        CREATE TABLE result (
          intake_id INTEGER PRIMARY KEY REFERENCES intake(id) ON DELETE CASCADE,
          is_provisional INTEGER NOT NULL,
          completeness REAL NOT NULL,
          flags TEXT NOT NULL,
          assessed_at TEXT NOT NULL,
          accepted_by TEXT,
          accepted_at TEXT
        );
        CREATE TABLE result_value (
          intake_id INTEGER NOT NULL REFERENCES result(intake_id) ON DELETE CASCADE,
          part TEXT NOT NULL,
          value TEXT NOT NULL,
          PRIMARY KEY (intake_id, part)
        ) WITHOUT ROWID;
        CREATE TABLE override (
          id INTEGER PRIMARY KEY,
          intake_id INTEGER NOT NULL REFERENCES result(intake_id) ON DELETE CASCADE,
          part TEXT NOT NULL,
          assessed TEXT,
          chosen TEXT NOT NULL,
          reason TEXT NOT NULL,
          adviser TEXT NOT NULL,
          made_at TEXT NOT NULL
        );
        CREATE INDEX override_intake ON override(intake_id);
        -- Who did what, when, to which participant: never an answer value. Append-only.
        CREATE TABLE audit (
          id INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          actor TEXT NOT NULL,
          action TEXT NOT NULL,
          participant_id TEXT,
          detail TEXT
        );
        CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """)
  }

  /// Which session has an intake open (`IntakeLock`); gone with the intake.
  private static func createIntakeLocks(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE intake_lock (
          intake_id INTEGER PRIMARY KEY REFERENCES intake(id) ON DELETE CASCADE,
          process_id INTEGER NOT NULL,
          host TEXT NOT NULL,
          since TEXT NOT NULL
        );
        """)
  }

  /// Indexes that let the cohort summary count values by scanning them in order, without
  /// sorting (see `CohortQuery`).
  private static func createSummaryIndexes(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE INDEX result_value_by_value ON result_value(part, value, intake_id);
        CREATE INDEX answer_by_value ON answer(question_id, value, intake_id);
        CREATE INDEX result_by_flags ON result(flags, intake_id);
        """)
  }
}
