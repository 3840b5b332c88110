import KartleggCore
import Testing

struct CalendarDateTests {
  @Test(arguments: [
    ("2024-02-29", 2024, 2, 29),
    ("2000-02-29", 2000, 2, 29),
    ("2023-02-28", 2023, 2, 28),
    ("1999-12-31", 1999, 12, 31),
    ("2023-04-30", 2023, 4, 30),
    ("2023-01-31", 2023, 1, 31),
    ("0001-01-01", 1, 1, 1),
    ("0400-02-29", 400, 2, 29),
  ])
  func parsesRealDate(text: String, year: Int, month: Int, day: Int) throws {
    let date = try #require(CalendarDate(iso: text))
    #expect(date.year == year)
    #expect(date.month == month)
    #expect(date.day == day)
    #expect(date.description == text)
  }

  @Test(arguments: [
    "2023-02-29",  // not a leap year
    "1900-02-29",  // divisible by 100, not by 400
    "2100-02-29",
    "2024-02-30",
    "2024-04-31",
    "2024-06-31",
    "2024-09-31",
    "2024-11-31",
    "2024-01-32",
    "2024-01-00",
    "2024-00-10",
    "2024-13-01",
    "2024-1-01",
    "2024-01-1",
    "24-01-01",
    "02024-01-01",
    "2024/01/01",
    "2024-01-01T00:00",
    "2024-01",
    "2024--01-01",
    "",
    "+024-01-01",
    "2024-01-0a",
    " 2024-01-01",
    "2024-01-01 ",
    "\u{FF12}\u{FF10}\u{FF12}\u{FF14}-01-01",  // full-width digits
    "\u{0662}\u{0660}\u{0662}\u{0664}-01-01",  // Arabic-Indic digits
  ])
  func rejectsTextThatIsNotARealDate(text: String) {
    #expect(CalendarDate(iso: text) == nil)
  }

  @Test(arguments: [
    ("2023-12-31", "2024-01-01"),
    ("2024-01-31", "2024-02-01"),
    ("2024-02-01", "2024-02-02"),
    ("0999-12-31", "1000-01-01"),
    ("2024-02-29", "2024-03-01"),
  ])
  func ordersEarlierBeforeLater(earlier: String, later: String) throws {
    let first = try #require(CalendarDate(iso: earlier))
    let second = try #require(CalendarDate(iso: later))
    #expect(first < second)
    #expect(!(second < first))
    #expect(first != second)
  }

  @Test func equalDatesAreNotOrdered() throws {
    let date = try #require(CalendarDate(iso: "2024-05-17"))
    let same = try #require(CalendarDate(iso: "2024-05-17"))
    #expect(date == same)
    #expect(!(date < same))
  }

  @Test func sortsInTime() {
    let texts = ["2024-10-01", "2023-12-31", "2024-02-29", "2024-02-03"]
    let sorted = texts.compactMap { CalendarDate(iso: $0) }.sorted().map(\.description)
    #expect(sorted == ["2023-12-31", "2024-02-03", "2024-02-29", "2024-10-01"])
  }
}
