import Foundation
import KartleggApp
import KartleggCore
import KartleggStore
import Testing

/// The summary's two audiences and the differencing attack on shared releases.
@Suite struct SummaryAudienceTests {
  /// Writes an answers file: the example with its interpreter language replaced, or a file
  /// that answers "no" to being informed.
  static func answersFile(in fixture: AppFixture, name: String, language: String?) throws
    -> String
  {
    let path = fixture.directory.appendingPathComponent("\(name).json").path
    var text = try String(contentsOfFile: AppFixture.example, encoding: .utf8)
    if let language {
      text = text.replacingOccurrences(
        of: "\"interpreter.language\": \"ti\"", with: "\"interpreter.language\": \"\(language)\"")
    } else {
      text = """
        {"survey": "digital-intake", "version": "1.0", "language": "ti",
         "answers": {"consent.informed": "no"}}
        """
    }
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  static func add(_ fixture: AppFixture, name: String, language: String?, cohort: String) throws
    -> ParticipantID
  {
    try ImportAnswers(context: fixture.context, store: fixture.store).run(
      try answersFile(in: fixture, name: name, language: language),
      survey: fixture.context.resources.standardSurveyPath,
      registration: PartialRegistration(name: name, cohort: cohort), language: nil,
      accept: true
    ).participant
  }

  static func row(_ summary: CohortSummary, _ table: String, _ key: String) -> CellCount? {
    (summary.overview + summary.tables).first { $0.id == table }?.rows.first { $0.key == key }?
      .count
  }

  @Test func theInternalSummaryIsExactAndAuditLogged() throws {
    let fixture = try AppFixture()
    for (index, language) in ["ar", "ar", "so", "ti", "ti", "ti"].enumerated() {
      _ = try Self.add(fixture, name: "P\(index)", language: language, cohort: "Vår")
    }
    let stopped = try Self.add(fixture, name: "Uinformert", language: nil, cohort: "Vår")
    let made = try SummarizeCohort(context: fixture.context, store: fixture.store).run(
      cohort: "Vår", format: "csv")
    let summary = made.summary
    #expect(summary.audience == .internal)
    #expect(summary.participants == .shown(7))
    #expect(Self.row(summary, "participants.status", "not-informed") == .shown(1))
    #expect(Self.row(summary, "participants.status", "complete") == .shown(6))
    #expect(Self.row(summary, "participants.actions", "not-informed") == .shown(1))
    #expect(Self.row(summary, "interpreter.language", "so") == .shown(1))
    #expect(Self.row(summary, "interpreter.language", "ar") == .shown(2))
    #expect(Self.row(summary, "interpreter.bookings", "ti/in-person") == .shown(3))
    #expect(summary.tables.first { $0.id == "levels.overall" }?.total == .shown(6))
    let record = try #require(try fixture.store.latestIntake(of: stopped))
    #expect(record.status == .notInformed)
    #expect(try fixture.store.result(of: record.id) == nil)
    let audit = try fixture.store.auditLog().filter { $0.action.hasPrefix("summary.") }
    #expect(audit.map(\.action) == ["summary.internal"])
    #expect(audit.first?.detail == "cohort Vår: csv")
    #expect(audit.first?.actor == "veileder-test")
  }

  @Test func aSharedSummaryHidesSmallCountsAndMergesRareLanguages() throws {
    let fixture = try AppFixture()
    let languages = Array(repeating: "ar", count: 6) + ["so", "uk", "prs", "prs", "prs"]
    for (index, language) in languages.enumerated() {
      _ = try Self.add(fixture, name: "P\(index)", language: language, cohort: "Vår")
    }
    let summary = try SummarizeCohort(context: fixture.context, store: fixture.store).run(
      cohort: "Vår", audience: .shared
    ).summary
    #expect(summary.audience == .shared)
    let languagesTable = try #require(summary.tables.first { $0.id == "interpreter.language" })
    #expect(languagesTable.rows.map(\.key) == ["ar", "other", "not-recorded"])
    #expect(Self.row(summary, "interpreter.language", "ar") == .shown(6))
    #expect(Self.row(summary, "interpreter.language", "other") == .shown(5))
    #expect(summary.overview.allSatisfy { $0.id != "interpreter.bookings" })
    for table in summary.overview + summary.tables {
      for row in table.rows {
        let value = row.count.value ?? 0
        #expect(!(1...4).contains(value), "\(table.id) \(row.key)")
      }
    }
  }

  @Test func aSharedReleaseOnePersonApartIsRefusedAndIdenticalOnesAreNot() throws {
    let fixture = try AppFixture()
    for index in 0..<8 {
      _ = try Self.add(fixture, name: "P\(index)", language: "ar", cohort: "Vår")
    }
    let summarize = SummarizeCohort(context: fixture.context, store: fixture.store)
    _ = try summarize.run(cohort: "Vår", audience: .shared)
    _ = try summarize.run(cohort: "Vår", audience: .shared)
    _ = try Self.add(fixture, name: "Ny", language: "so", cohort: "Vår")
    do {
      _ = try summarize.run(cohort: "Vår", audience: .shared)
      Issue.record("a release one person apart from the last was not refused")
    } catch {
      #expect(error.status == .dataError)
      guard case .interface(let key, let arguments)? = error.problems.first?.message else {
        Issue.record("no interface message: \(error)")
        return
      }
      #expect(key == "summary.shared.too-close")
      #expect(arguments.dropFirst() == ["1", "5"])
    }
    // The internal summary is the team's own and is never refused.
    _ = try summarize.run(cohort: "Vår")
    for index in 0..<4 {
      _ = try Self.add(fixture, name: "Q\(index)", language: "ar", cohort: "Vår")
    }
    let later = try summarize.run(cohort: "Vår", audience: .shared).summary
    #expect(later.participants == .shown(13))
    let releases = try fixture.store.auditLog().filter { $0.action == "summary.release" }
    // Every release is recorded, identical ones too; the refused one is not.
    #expect(releases.count == 3)
  }

  @Test func aMinimumCellIsForSharedSummariesOnly() throws {
    let fixture = try AppFixture()
    _ = try Self.add(fixture, name: "P", language: "ar", cohort: "Vår")
    let summarize = SummarizeCohort(context: fixture.context, store: fixture.store)
    #expect(throws: AppError.self) { try summarize.run(cohort: "Vår", minimumCell: 5) }
    #expect(throws: AppError.self) {
      try summarize.run(cohort: "Vår", audience: .shared, minimumCell: 2)
    }
  }
}
