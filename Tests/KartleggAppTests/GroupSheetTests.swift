import Foundation
import KartleggApp
import KartleggCore
import KartleggReport
import KartleggStore
import Testing

/// `groups sheet` and `participants list --flag` as use cases, on a 60-person demo cohort.
@Suite struct GroupSheetTests {
  static let cohort = "Demo ark"

  let fixture: AppFixture
  let survey: Survey

  init() throws {
    fixture = try AppFixture()
    _ = try RunDemo(context: fixture.context, store: fixture.store).run(
      count: 60, cohort: Self.cohort, seed: 2026)
    let surveys = try fixture.context.surveys()
    survey = try surveys.load(surveys.standardSurvey)
  }

  func sheet(_ group: String) throws -> GroupSheet {
    try MakeGroupSheet(context: fixture.context, store: fixture.store).run(
      cohort: Self.cohort, group: group, now: Date(timeIntervalSince1970: 1_800_000_000))
  }

  @Test func listsEveryMemberByNameInThePlansOrder() throws {
    let view = try ShowGroups(context: fixture.context, store: fixture.store).run(
      cohort: Self.cohort, draft: false)
    let first = try #require(view.plan.groups.first)
    let names = Dictionary(
      uniqueKeysWithValues: try fixture.store.participants(cohort: Self.cohort, includeNames: true)
        .map { ($0.id.rawValue, $0.name ?? "") })
    let sheet = try sheet("g1")
    #expect(sheet.group == first.name)
    #expect(sheet.members.map(\.name) == first.members.map { names[$0] ?? "?" })
    #expect(sheet.members.allSatisfy { $0.name.hasPrefix("Syntetisk deltaker ") })
    #expect(sheet.members.allSatisfy { $0.levels.count == survey.dimensions.count })
    #expect(sheet.dimensions.first == "Informasjon og data")
    #expect(sheet.plan.hasPrefix("Fra siste forslag, ikke godkjent ennå."))
    #expect(sheet.channels.contains("WhatsApp") || sheet.channels.contains("SMS"))
  }

  @Test func saysWhenTheSheetComesFromTheAcceptedPlan() throws {
    _ = try AcceptGroups(context: fixture.context, store: fixture.store).run(cohort: Self.cohort)
    #expect(try sheet("G1").plan.hasPrefix("Fra den godkjente planen. Godkjent av veileder-test"))
  }

  @Test func recordsTheSheetInTheAuditLogWithoutAnswers() throws {
    _ = try sheet("G2")
    let entry = try #require(fixture.store.auditLog().last)
    #expect(entry.action == "group.sheet-names")
    #expect(entry.actor == "veileder-test")
    #expect(entry.participant == nil)
    #expect(entry.detail == "cohort Demo ark group G2")
  }

  @Test func bookingsCountTheMembersWhoNeedEachInterpreter() throws {
    for group in ["G1", "G2", "G3"] {
      let sheet = try sheet(group)
      let needing = sheet.members.compactMap(\.interpreter)
      let booked = sheet.bookings.compactMap { Int($0.split(separator: " ").last ?? "") }
      #expect(booked.reduce(0, +) == needing.count, "\(group)")
      #expect(sheet.bookings.count == Set(needing).count)
      #expect(!needing.contains { $0.hasPrefix("norsk") })
    }
  }

  @Test func theHTMLPageIsA4WithNoSurveyID() throws {
    let sheet = try sheet("G1")
    let html = GroupSheetHTML(ui: fixture.context.ui).rendered(sheet)
    #expect(html.contains("@page { size: A4 landscape"))
    #expect(html.contains("<html lang=\"nb\" dir=\"ltr\">"))
    for member in sheet.members { #expect(html.contains(member.name)) }
    var ids = survey.questions.map(\.id.rawValue) + survey.flags.map(\.id.rawValue)
    ids += survey.channels.channels.map(\.id.rawValue) + survey.dimensions.map(\.id.rawValue)
    ids += survey.levels.map(\.id.rawValue).filter { $0 != "some" }
    ids += survey.languages.map { "\"\($0.code)\"" }.filter { $0 != "\"nb\"" }
    let body = try #require(html.split(separator: "<body>").last)
    for id in ids { #expect(!body.contains(id), "\(id) in the page") }
  }

  @Test func escapesNamesInHTML() throws {
    var sheet = try sheet("G1")
    sheet.members[0].name = "<script>alert(1)</script> & Co"
    let html = GroupSheetHTML(ui: fixture.context.ui).rendered(sheet)
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"))
  }

  @Test func textWrapsToTheWidthAndIsolatesRightToLeftNames() throws {
    var sheet = try sheet("G1")
    sheet.members[0].name = "مريم أحمد"
    let text = GroupSheetText(ui: fixture.context.ui, width: 40).rendered(sheet)
    for line in text.split(separator: "\n") {
      #expect(line.unicodeScalars.filter { $0.value < 0x2066 || $0.value > 0x2069 }.count < 40)
    }
    #expect(text.contains("1. \u{2068}مريم أحمد\u{2069}"))
  }

  @Test func anUnknownGroupNamesTheGroups() throws {
    #expect {
      _ = try sheet("G99")
    } throws: { error in
      guard let error = error as? AppError,
        case .interface(let key, let arguments)? = error.problems.first?.message
      else { return false }
      return error.status == .dataError && key == "sheet.error.no-group"
        && arguments.first == "G99" && arguments.last?.hasPrefix("G1, G2") == true
    }
  }

  @Test func listsExactlyThoseWithAFlag() throws {
    let rows = try ListParticipants(context: fixture.context, store: fixture.store).run(
      cohort: Self.cohort, names: false, flag: "no-pc-or-tablet")
    var expected: [String] = []
    for participant in try fixture.store.participants(cohort: Self.cohort, includeNames: false) {
      guard let intake = try fixture.store.latestIntake(of: participant.id),
        let result = try fixture.store.result(of: intake.id),
        result.assessed.flags.contains("no-pc-or-tablet")
      else { continue }
      expected.append(participant.id.rawValue)
    }
    #expect(!expected.isEmpty)
    #expect(rows.map(\.participant.id.rawValue) == expected)
  }

  @Test func anUnknownFlagIsAUsageErrorListingTheFlags() throws {
    #expect {
      _ = try ListParticipants(context: fixture.context, store: fixture.store).run(
        cohort: nil, names: false, flag: "no-pc")
    } throws: { error in
      guard let error = error as? AppError,
        case .interface(let key, let arguments)? = error.problems.first?.message
      else { return false }
      return error.status == .usage && key == "participants.error.unknown-flag"
        && arguments.first == "no-pc"
        && arguments.last?.contains("no-pc-or-tablet, no-home-internet") == true
    }
  }
}
