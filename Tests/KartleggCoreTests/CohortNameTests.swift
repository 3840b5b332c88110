import KartleggCore
import Testing

struct CohortNameTests {
  @Test(arguments: [
    ("høst 2026 ", "Høst 2026"), ("HØST  2026", "Høst 2026"), ("\thøst\u{00A0}2026", "Høst 2026"),
  ])
  func matchesAnExistingCohortWithoutRegardToCaseOrSpaces(typed: String, expected: String) {
    let resolved = CohortName.resolve(typed, among: ["Vår 2026", "Høst 2026"])
    #expect(resolved.name == expected)
    #expect(!resolved.isNew)
  }

  @Test func aNewNameIsCleanedAndMarkedNew() {
    let resolved = CohortName.resolve("  Vår   2027 ", among: ["Høst 2026"])
    #expect(resolved.name == "Vår 2027")
    #expect(resolved.isNew)
  }

  @Test func onlySpacesIsEmpty() {
    #expect(CohortName.cleaned("   ").isEmpty)
  }
}
