import KartleggCore
import Testing

struct IntakeStatusTests {
  @Test func storedNamesNeverChange() {
    #expect(
      IntakeStatus.allCases.map(\.rawValue) == [
        "not-started", "in-progress", "answered", "complete", "not-informed",
      ])
  }

  @Test func anUnknownStoredNameIsNoStatus() {
    #expect(IntakeStatus(rawValue: "done") == nil)
  }
}
