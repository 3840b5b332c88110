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
          SummaryRow(key: "some", label: "Litt", count: .hidden),
          SummaryRow(key: "not-recorded", label: "ikke registrert", count: .hidden),
        ],
        total: .shown(12))
    ],
    groups: nil)

  @Test func jsonMarksHiddenCountsAsNullAndEscapesText() {
    let json = JSONReport.render(Self.summary)
    #expect(
      json.hasPrefix("{\n  \"schema\": \"kartlegg.summary/1\",\n  \"cohort\": \"Høst \\\"A\\\"\","))
    #expect(
      json.contains("{\"key\": \"some\", \"label\": \"Litt\", \"count\": null, \"hidden\": true}"))
    #expect(json.contains("\"label\": \"ትግርኛ, \\\"ny\\\"\", \"count\": 7, \"hidden\": false"))
    #expect(json.contains("\"synthetic\": true,\n  \"min_cell\": 5,"))
    #expect(json.hasSuffix("  \"groups\": null\n}\n"))
  }

  @Test func csvHasOneLinePerFigureWithQuotedFields() {
    let lines = CSVReport.render(Self.summary).split(separator: "\r\n").map(String.init)
    #expect(
      lines == [
        "table,title,kind,figure,key,label,count,status",
        "levels.overall,\"Nivå, samlet\",partition,row,beginner,\"ትግርኛ, \"\"ny\"\"\",7,shown",
        "levels.overall,\"Nivå, samlet\",partition,row,some,Litt,,hidden",
        "levels.overall,\"Nivå, samlet\",partition,row,not-recorded,ikke registrert,,hidden",
        "levels.overall,\"Nivå, samlet\",partition,total,,,12,shown",
      ])
  }
}
