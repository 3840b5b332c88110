import Foundation
import KartleggStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// This process and machine, for intake locks, and whether another lock's process still runs.
enum ProcessHost {
  /// How long a lock held on another machine counts as open without a sign of life: after a
  /// power cut there, the intake can be taken over the next day.
  static let otherHostLimit: TimeInterval = 12 * 60 * 60

  /// This machine's name.
  static var name: String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
    return String(cString: buffer)
  }

  /// A lock for this process, now.
  static func currentLock(now: Date = Date()) -> IntakeLock {
    IntakeLock(processID: getpid(), host: name, since: now)
  }

  /// Whether a lock's process still runs: on this machine, whether the process exists; on
  /// another, whether the lock is younger than ``otherHostLimit``.
  static func isAlive(_ lock: IntakeLock, now: Date = Date()) -> Bool {
    guard lock.host == name else { return now.timeIntervalSince(lock.since) < otherHostLimit }
    return kill(lock.processID, 0) == 0 || errno == EPERM
  }
}
