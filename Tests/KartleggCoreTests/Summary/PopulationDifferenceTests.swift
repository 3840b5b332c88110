import KartleggCore
import Testing

@Suite struct PopulationDifferenceTests {
  static let forty = Dictionary(
    uniqueKeysWithValues: (0..<40).map { (ParticipantID("P\($0)"), "s\($0)") })

  @Test func countsPeopleAddedRemovedAndChanged() {
    var next = Self.forty
    next["NEW"] = "n"
    #expect(PopulationDifference.size(Self.forty, next) == 1)
    next["P0"] = nil
    #expect(PopulationDifference.size(Self.forty, next) == 2)
    next["P1"] = "changed"
    #expect(PopulationDifference.size(Self.forty, next) == 3)
    #expect(PopulationDifference.size(next, Self.forty) == 3)
    #expect(PopulationDifference.size(Self.forty, Self.forty) == 0)
  }

  @Test func aReleaseCloseToAnyEarlierOneConflictsWithTheFirstSuch() {
    var plusOne = Self.forty
    plusOne["NEW"] = "n"
    var plusSix = plusOne
    for index in 0..<5 { plusSix[ParticipantID("M\(index)")] = "m" }
    let earlier = [Self.forty, plusSix]
    #expect(PopulationDifference.conflict(of: Self.forty, with: earlier, threshold: 5) == nil)
    let conflict = PopulationDifference.conflict(of: plusOne, with: earlier, threshold: 5)
    #expect(conflict?.index == 0)
    #expect(conflict?.difference == 1)
    // Far enough from the first, but only five from the second.
    var plusTen = plusSix
    for index in 0..<4 { plusTen[ParticipantID("L\(index)")] = "l" }
    #expect(
      PopulationDifference.conflict(of: plusTen, with: earlier, threshold: 5)?.difference == 4)
    #expect(PopulationDifference.conflict(of: plusTen, with: [Self.forty], threshold: 5) == nil)
  }
}
