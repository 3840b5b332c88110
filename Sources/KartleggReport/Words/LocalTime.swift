import Foundation

/// Times as people read them: in the local time zone (`TZ`), to the minute, with the offset.
/// JSON keeps UTC with its offset instead.
public enum LocalTime {
  /// A time such as `2026-12-04 07:15 +01:00`.
  ///
  /// - Parameters:
  ///   - date: The time.
  ///   - zone: The time zone; the process's by default.
  /// - Returns: The text.
  public static func text(_ date: Date, in zone: TimeZone = .current) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    let seconds = zone.secondsFromGMT(for: date)
    let sign = seconds < 0 ? "-" : "+"
    let offset = abs(seconds) / 60
    func two(_ value: Int?) -> String {
      let value = value ?? 0
      return value < 10 ? "0\(value)" : "\(value)"
    }
    return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) "
      + "\(two(parts.hour)):\(two(parts.minute)) \(sign)\(two(offset / 60)):\(two(offset % 60))"
  }
}
