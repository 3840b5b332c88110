import Foundation

/// Whether an answer is being saved right now, so that whoever stops the process (Ctrl-C, a
/// closed terminal) can say truthfully whether the answer in flight was saved.
public final class AnswerSaves: @unchecked Sendable {
  /// What the last save came to.
  public enum State: Sendable, Equatable {
    /// No answer was being saved.
    case idle
    /// An answer is being committed.
    case saving
    /// The answer being committed when asked was committed.
    case saved
  }

  private let lock = NSLock()
  private var saving = false
  private var completed = 0

  /// Creates the tracker.
  public init() {}

  /// Runs a save, marked as in flight while it runs.
  ///
  /// - Parameter save: The save; it commits before returning.
  /// - Throws: What the save throws.
  func tracking(_ save: () throws -> Void) throws {
    lock.withLock { saving = true }
    defer { lock.withLock { saving = false } }
    try save()
    lock.withLock { completed += 1 }
  }

  /// Waits a little for a save in flight to finish.
  ///
  /// - Parameter timeout: How long to wait at most.
  /// - Returns: `.idle` when none was in flight, `.saved` when the one in flight finished
  ///   committed, `.saving` when it had not finished (and so was not saved).
  public func settle(timeout: TimeInterval = 2) -> State {
    let (wasSaving, before) = lock.withLock { (saving, completed) }
    guard wasSaving else { return .idle }
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let (isSaving, now) = lock.withLock { (saving, completed) }
      if now > before { return .saved }
      if !isSaving { return .saving }
      Thread.sleep(forTimeInterval: 0.005)
    }
    return .saving
  }
}
