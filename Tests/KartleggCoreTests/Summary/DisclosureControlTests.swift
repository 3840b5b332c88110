import KartleggCore
import Testing

@Suite struct DisclosureControlTests {
  let control = DisclosureControl(minimumCell: 5)

  private func partition(_ counts: [Int]) -> CountedTable {
    CountedTable(
      id: "levels.overall", title: "Levels", kind: .partition,
      rows: counts.enumerated().map {
        .init(key: "k\($0.offset)", label: "L\($0.offset)", count: $0.element)
      },
      total: counts.reduce(0, +))
  }

  private func shown(_ table: SummaryTable) -> [Int?] { table.rows.map(\.count.value) }

  @Test(arguments: [0, 1, 2])
  func thresholdsBelowThreeAreRefused(threshold: Int) {
    #expect(DisclosureControl(minimumCell: threshold) == nil)
  }

  @Test func thresholdThreeIsAllowed() {
    #expect(DisclosureControl(minimumCell: 3)?.minimumCell == 3)
  }

  @Test(arguments: [(0, 0), (1, nil), (4, nil), (5, 5), (120, 120)] as [(Int, Int?)])
  func singleCountsFromOneToThresholdMinusOneAreHidden(count: Int, expected: Int?) throws {
    let control = try #require(control)
    #expect(control.protect(count).value == expected)
  }

  @Test func tableWithoutSmallCountsIsShownWhole() throws {
    let table = try #require(control).protect(partition([12, 0, 7, 5]))
    #expect(shown(table) == [12, 0, 7, 5])
    #expect(table.total == .shown(24))
  }

  @Test func oneSmallCellTakesTheSmallestOtherWithIt() throws {
    let table = try #require(control).protect(partition([12, 2, 7, 9]))
    #expect(shown(table) == [12, nil, nil, 9])
    #expect(table.total == .shown(30))
  }

  @Test func twoSmallCellsWhoseSumIsStillSmallTakeAThird() throws {
    // 1 + 1: both would be known to be 1 from the total.
    let table = try #require(control).protect(partition([1, 1, 8, 6]))
    #expect(shown(table) == [nil, nil, 8, nil])
  }

  @Test func twoSmallCellsWithEnoughRoomStayTheOnlyHiddenOnes() throws {
    let table = try #require(control).protect(partition([4, 3, 8, 6]))
    #expect(shown(table) == [nil, nil, 8, 6])
  }

  @Test func zerosAreHiddenOnlyWhenNothingElseIsLeft() throws {
    let table = try #require(control).protect(partition([1, 1, 0, 3]))
    #expect(shown(table) == [nil, nil, nil, nil])
    #expect(table.total == .shown(5))
  }

  @Test func aHiddenTotalNeedsNoSecondarySuppression() throws {
    let table = try #require(control).protect(partition([0, 3, 0]))
    #expect(shown(table) == [0, nil, 0])
    #expect(table.total == .hidden)
  }

  @Test func singleRowPartitionHidesTheTotal() throws {
    let table = try #require(control).protect(partition([7]))
    #expect(shown(table) == [7])
    #expect(table.total == .shown(7))
    let small = try #require(control).protect(partition([3]))
    #expect(shown(small) == [nil])
    #expect(small.total == .hidden)
  }

  @Test func yesNoFiguresHideSmallComplementsToo() throws {
    let table = CountedTable(
      id: "flags", title: "Flags", kind: .multipleResponse,
      rows: [
        .init(key: "no-smartphone", label: "a", count: 3),
        .init(key: "no-bankid", label: "b", count: 18),
        .init(key: "no-home-internet", label: "c", count: 10),
        .init(key: "no-pc-or-tablet", label: "d", count: 20),
      ],
      total: 20)
    // 18 of 20 would show that 2 lack it; 20 of 20 shows nobody is without it.
    #expect(shown(try #require(control).protect(table)) == [nil, nil, 10, 20])
  }

  @Test func noHiddenCellCanBeWorkedOutFromTheTotal() throws {
    let control = try #require(control)
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      let counts = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
        Int.random(in: 0...12, using: &generator)
      }
      let table = control.protect(partition(counts))
      for (row, count) in zip(table.rows, counts) {
        if control.isSmall(count) { #expect(row.count == .hidden) }
      }
      let hidden = zip(table.rows, counts).filter { $0.0.count == .hidden }.map(\.1)
      guard table.total != .hidden, hidden.contains(where: { $0 > 0 }) else { continue }
      #expect(hidden.count >= 2, "\(counts)")
      #expect(
        hidden.reduce(0, +) - (hidden.count - 1) >= 5 || hidden.count == counts.count, "\(counts)")
    }
  }
}
