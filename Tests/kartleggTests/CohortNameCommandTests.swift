import Foundation
import Testing

/// A cohort named on the command line is found in any case and spacing, as registration finds
/// it; an unknown one is still refused with exit 66.
@Suite struct CohortNameCommandTests {
  @Test func everyCohortCommandFindsTheCohortInAnyCase() throws {
    let database = try SummaryCommandTests.cohort()
    let summary = try database.run(["summary", "--cohort", "vår  2027", "--format", "json"])
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(summary.output.contains("\"cohort\": \"Vår 2027\""))
    let list = try database.run(["participants", "list", "--cohort", "VÅR 2027"])
    #expect(list.status == 0)
    #expect(list.output.split(separator: "\n").count == SummaryCommandTests.profiles.count + 1)
    let suggest = try database.run(["groups", "suggest", "--cohort", "vår 2027", "--min", "2"])
    #expect(suggest.output.contains("«Vår 2027»"), "\(suggest.errors)")
    let show = try database.run(["groups", "show", "--cohort", " VÅR 2027 "])
    #expect(show.status == 0, "\(show.errors)")
    #expect(show.output.contains("«Vår 2027»"))
  }

  @Test func anUnknownCohortIsStillRefused() throws {
    let database = try SummaryCommandTests.cohort()
    let run = try database.run(["summary", "--cohort", "Vår 2028"])
    #expect(run.status == 66)
    #expect(run.errors.contains("Vår 2028"))
  }
}
