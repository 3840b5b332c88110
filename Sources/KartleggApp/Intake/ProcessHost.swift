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
    let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A lock for this process, now.
  static func currentLock(now: Date = Date()) -> IntakeLock {
    IntakeLock(processID: getpid(), host: name, since: now)
  }

  /// Whether a lock's process still runs: on this machine, whether the process exists; on
  /// another, whether the lock is younger than ``otherHostLimit``.
  static func isAlive(_ lock: IntakeLock, now: Date = Date()) -> Bool {
    guard lock.host == name else { return now.timeIntervalSince(lock.since) < otherHostLimit }
    guard kill(lock.processID, 0) == 0 || errno == EPERM else { return false }
    return !isZombie(lock.processID)
  }

  /// Whether a process has ended and waits only to be reaped (state `Z` in `/proc/PID/stat`).
  private static func isZombie(_ processID: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(processID)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return false }
    return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
  }
}
