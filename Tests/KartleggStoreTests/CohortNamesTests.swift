import Foundation
import KartleggCore
import Testing

@testable import KartleggStore

/// The cohorts a typed `--cohort` is matched against, on every backend.
@Suite struct CohortNamesTests {
  @Test(arguments: StoreBackend.all) func everyCohortOnceWithItsOwnSpelling(
    backend: StoreBackend
  ) throws {
    let temporary = try BackendStore(backend)
    #expect(try temporary.store.cohortNames().isEmpty)
    _ = try temporary.participantWithIntake(name: "A", cohort: "Høst 2026")
    _ = try temporary.participantWithIntake(name: "B", cohort: "Høst 2026")
    _ = try temporary.participantWithIntake(name: "C", cohort: "ÅSANE vår")
    #expect(try temporary.store.cohortNames().sorted() == ["Høst 2026", "ÅSANE vår"])
  }
}
