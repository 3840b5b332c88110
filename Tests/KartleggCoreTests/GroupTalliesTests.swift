import Testing

@testable import KartleggCore

/// A group's counts and each column's largest count follow members in and out, whatever the
/// order, and a missing value (negative) is not counted.
@Suite struct GroupTalliesTests {
  /// Two columns: a key with 3 values, a language with 2.
  private func tallies() -> GroupTallies {
    GroupTallies(groups: 2, valueCounts: [3, 2], capacity: 4)
  }

  @Test func largestCountFollowsAddsAndRemoves() {
    var tallies = tallies()
    let rows = [0, 1, 0, -1, 2, 1, 2, 1]
    for member in 0..<4 { tallies.add(1, rows, at: member * 2) }
    #expect(tallies.count(1, 0, 0) == 2)
    #expect(tallies.count(1, 0, 2) == 2)
    #expect(tallies.largest(1, 0) == 2)
    #expect(tallies.count(1, 1, 1) == 3)
    #expect(tallies.largest(1, 1) == 3)
    #expect(tallies.largest(0, 0) == 0)
    tallies.remove(1, rows, at: 0)
    #expect(tallies.largest(1, 0) == 2)
    tallies.remove(1, rows, at: 4)
    #expect(tallies.count(1, 0, 2) == 1)
    #expect(tallies.largest(1, 0) == 1)
    #expect(tallies.largest(1, 1) == 1)
    tallies.remove(1, rows, at: 2)
    tallies.remove(1, rows, at: 6)
    #expect(tallies.largest(1, 0) == 0)
    #expect(tallies.largest(1, 1) == 0)
  }

  @Test func addingThenRemovingRestoresEveryCount() {
    var tallies = tallies()
    let rows = [2, 0, 1, 1, 2, -1]
    for member in 0..<3 { tallies.add(0, rows, at: member * 2) }
    let before = (0..<3).map { tallies.count(0, 0, $0) } + [tallies.largest(0, 0)]
    tallies.add(0, [1, 0], at: 0)
    tallies.remove(0, [1, 0], at: 0)
    #expect((0..<3).map { tallies.count(0, 0, $0) } + [tallies.largest(0, 0)] == before)
    #expect(tallies.largest(0, 0) == 2)
    #expect(tallies.largest(0, 1) == 1)
  }
}
