import Foundation
import KartleggCore
import KartleggStore
import PostgresNIO

extension PostgresStorage {
  /// The first key of the two-key advisory locks on intakes.
  static let intakeLockSpace: Int32 = 0x6b67_696e

  /// Opens an intake for one session, in one transaction, across machines: a transaction-scoped
  /// advisory lock on the intake serialises two sessions opening it at once; a lock of a live
  /// holder stays, a lock of a holder `isAlive` says is gone is taken over.
  ///
  /// - Parameters:
  ///   - intake: The intake.
  ///   - holder: This session.
  ///   - isAlive: Whether another holder's process still runs.
  /// - Returns: `nil` when the intake is now this holder's, else who has it open.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func lock(_ intake: IntakeID, as holder: IntakeLock, isAlive: (IntakeLock) -> Bool)
    throws -> IntakeLock?
  {
    try write { session in
      try session.execute(
        """
        SELECT pg_advisory_xact_lock(\(Self.intakeLockSpace), \(Int32(truncatingIfNeeded: intake)))
        """)
      if let (process, host, since) = try session.first(
        "SELECT process_id, host, since FROM intake_lock WHERE intake_id = \(intake)",
        as: (Int64, String, String).self)
      {
        let current = IntakeLock(
          processID: Int32(truncatingIfNeeded: process), host: host,
          since: Self.date(since) ?? Date(timeIntervalSince1970: 0))
        if current.processID == holder.processID, current.host == holder.host { return nil }
        if isAlive(current) { return current }
      }
      try session.execute(
        """
        INSERT INTO intake_lock (intake_id, process_id, host, since)
        VALUES (\(intake), \(Int64(holder.processID)), \(holder.host),
          \(holder.since.formatted(.iso8601)))
        ON CONFLICT (intake_id) DO UPDATE SET process_id = excluded.process_id,
          host = excluded.host, since = excluded.since
        """)
      return nil
    }
  }

  /// Closes an intake this holder opened; another holder's lock stays.
  ///
  /// - Parameters:
  ///   - intake: The intake.
  ///   - holder: This session.
  /// - Throws: ``StorageError`` when the server refuses or fails.
  public func unlock(_ intake: IntakeID, holder: IntakeLock) throws {
    try write { session in
      try session.execute(
        """
        DELETE FROM intake_lock WHERE intake_id = \(intake)
          AND process_id = \(Int64(holder.processID)) AND host = \(holder.host)
        """)
    }
  }
}
