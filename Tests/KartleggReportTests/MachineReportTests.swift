import KartleggCore
import KartleggReport
import Testing

@Suite struct MachineReportTests {
  static let summary = CohortSummary(
    cohort: "Høst \"A\"", isSynthetic: true, minimumCell: 5, participants: .shown(12),
    tables: [
      SummaryTable(
        id: "levels.overall", title: "Nivå, samlet", kind: .partition,
        rows: [
          SummaryRow(key: "beginner", label: "ትግርኛ, \"ny\"", count: .shown(7)),
          SummaryRow(key: "some", label: "Litt †", count: .hidden),
          SummaryRow(key: "not-recorded", label: "ikke registrert", count: .hidden),
        ],
        total: .shown(12))
    ],
    groups: nil)

  static var internalSummary: CohortSummary {
    var summary = summary
    summary.audience = .internal
    summary.madeAt = "2026-12-04T10:05:00+01:00"
    return summary
  }

  static var vocabulary: ReportVocabulary {
    var words = ReportVocabulary(
      title: "T", cohort: "C", participants: "P", total: "Sum", count: "N", hiddenMark: ":",
      hiddenNote: "{1}", syntheticBanner: "S", groups: "G", groupsAccepted: "A {1}",
      groupsSuggested: "F {1}", noGroups: "-", groupName: "n", groupSize: "s",
      groupProfile: "p", groupChannels: "c", groupInterpreters: "i")
    words.internalBanner = "Internt: skal ikke deles"
    return words
  }

  @Test func jsonMarksHiddenCountsAsNullAndEscapesText() {
    let json = JSONReport.render(Self.summary)
    #expect(
      json.hasPrefix("{\n  \"schema\": \"kartlegg.summary/2\",\n  \"cohort\": \"Høst \\\"A\\\"\","))
    #expect(
      json.contains(
        "{\"key\": \"some\", \"label\": \"Litt\", \"reviewed\": false, \"count\": null, "
          + "\"hidden\": true}"))
    #expect(
      json.contains(
        "\"label\": \"ትግርኛ, \\\"ny\\\"\", \"reviewed\": true, \"count\": 7, \"hidden\": false"))
    #expect(json.contains("\"audience\": \"shared\","))
    #expect(json.contains("\"synthetic\": true,\n  \"min_cell\": 5,"))
    #expect(!json.contains("†"))
    #expect(json.hasSuffix("  \"groups\": null\n}\n"))
  }

  @Test func internalJSONSaysSoAndHasNoThreshold() {
    let json = JSONReport.render(Self.internalSummary)
    #expect(
      json.contains("\"audience\": \"internal\",\n  \"made_at\": \"2026-12-04T10:05:00+01:00\","))
    #expect(json.contains("\"min_cell\": null,"))
  }

  @Test func csvHasOneLinePerFigureWithQuotedFields() {
    let lines = CSVReport.render(Self.summary, vocabulary: Self.vocabulary)
      .split(separator: "\r\n").map(String.init)
    #expect(
      lines == [
        "table,title,kind,figure,key,label,count,status",
        "audience,,,note,shared,,,note",
        "levels.overall,\"Nivå, samlet\",partition,row,beginner,\"ትግርኛ, \"\"ny\"\"\",7,shown",
        "levels.overall,\"Nivå, samlet\",partition,row,some,Litt,,hidden",
        "levels.overall,\"Nivå, samlet\",partition,row,not-recorded,ikke registrert,,hidden",
        "levels.overall,\"Nivå, samlet\",partition,total,,,12,shown",
      ])
  }

  @Test func internalCSVCarriesTheWarningOnItsSecondLine() {
    let lines = CSVReport.render(Self.internalSummary, vocabulary: Self.vocabulary)
      .split(separator: "\r\n").map(String.init)
    #expect(lines[1] == "audience,,,note,internal,Internt: skal ikke deles,,note")
  }
}
