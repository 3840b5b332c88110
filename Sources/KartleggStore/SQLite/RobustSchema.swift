import GRDB

/// Migrations 6 and 7: import idempotency keys, pending erasures and audit redaction.
enum RobustSchema {
  /// One row per imported answers file: a retried import finds the participant it made.
  ///
  /// The key is a hash of the file's content and the participant's name, made by the caller;
  /// the row goes when the participant is erased.
  static func createImportKeys(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE import_key (
          key TEXT PRIMARY KEY NOT NULL,
          participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
          intake_id INTEGER NOT NULL REFERENCES intake(id) ON DELETE CASCADE
        );
        CREATE INDEX import_key_participant ON import_key(participant_id);
        """)
  }

  /// Erasures committed but not yet physically complete, and audit redaction.
  ///
  /// An erasure leaves a row in `pending_erasure` (no personal data: when, and how many) until
  /// the WAL has been checkpointed and the file rebuilt; opening the database finishes any left.
  /// The audit log stays append-only, with one exception: an entry's `detail` (which question,
  /// which intake) may be cleared, so an erased participant's entries keep the event and the
  /// pseudonymous id but not which questions were answered.
  static func createErasureTables(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE pending_erasure (
          id INTEGER PRIMARY KEY,
          erased_at TEXT NOT NULL
        );
        DROP TRIGGER audit_append_only_update;
        CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
        WHEN NOT (NEW.detail IS NULL AND NEW.id = OLD.id AND NEW.at = OLD.at
          AND NEW.actor = OLD.actor AND NEW.action = OLD.action
          AND NEW.participant_id IS OLD.participant_id)
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """)
  }
}
