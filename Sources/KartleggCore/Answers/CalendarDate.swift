/// A calendar date without a time or time zone, written `YYYY-MM-DD`.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year.
  public var year: Int
  /// The month, 1–12.
  public var month: Int
  /// The day of the month, 1–31.
  public var day: Int

  /// Parses an ISO 8601 calendar date (`YYYY-MM-DD`), checking that the day exists.
  ///
  /// Fails when the text is not a real date in that form.
  ///
  /// - Parameter text: The date as written.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// The date as `YYYY-MM-DD`.
  public var description: String {
    func padded(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
  }

  /// Orders dates in time.
  ///
  /// - Parameters:
  ///   - lhs: The first date.
  ///   - rhs: The second date.
  /// - Returns: Whether `lhs` is earlier.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// The day before.
  public var dayBefore: CalendarDate {
    var date = self
    if day > 1 {
      date.day -= 1
    } else if month > 1 {
      date.month -= 1
      date.day = Self.days(inMonth: date.month, year: year)
    } else {
      date = CalendarDate(year: year - 1, month: 12, day: 31)
    }
    return date
  }

  /// The day after.
  public var dayAfter: CalendarDate {
    var date = self
    if day < Self.days(inMonth: month, year: year) {
      date.day += 1
    } else if month < 12 {
      date.month += 1
      date.day = 1
    } else {
      date = CalendarDate(year: year + 1, month: 1, day: 1)
    }
    return date
  }

  private init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  private static func days(inMonth month: Int, year: Int) -> Int {
    switch month {
    case 2:
      let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return isLeap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
