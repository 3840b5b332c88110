import Foundation

/// Who has an intake open: the process, the machine and since when. One session at a time may
/// edit an intake; a lock whose process is gone is taken over.
public struct IntakeLock: Hashable, Sendable {
  /// The process id.
  public var processID: Int32
  /// The machine's name.
  public var host: String
  /// When the intake was opened.
  public var since: Date

  /// Creates a lock record.
  ///
  /// - Parameters:
  ///   - processID: The process id.
  ///   - host: The machine's name.
  ///   - since: When the intake was opened.
  public init(processID: Int32, host: String, since: Date) {
    self.processID = processID
    self.host = host
    self.since = since
  }
}
