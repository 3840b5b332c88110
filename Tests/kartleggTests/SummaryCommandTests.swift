import Foundation
import Testing

/// `kartlegg summary` on a small real cohort: seven imported profiles.
@Suite struct SummaryCommandTests {
  static let profiles = [
    "alone-everything", "arabic-good-english", "bankid-missing", "basic-phone-prefers-sms",
    "dari-telegram-imo", "elderly-low-literacy", "half-finished-after-device",
  ]

  static func cohort() throws -> TemporaryDatabase {
    let database = try TemporaryDatabase()
    for (index, profile) in profiles.enumerated() {
      let run = try database.run([
        "intake", "--answers", "Tests/AssessmentTests/Profiles/\(profile).json",
        "--name", "Deltaker \(index)", "--cohort", "Vår 2027", "--accept",
      ])
      #expect(run.status == 0, "\(profile): \(run.errors)")
    }
    return database
  }

  /// A table as (kind, total, rows) with nil for a hidden count.
  struct Table {
    var id: String
    var kind: String
    var total: Int?
    var rows: [Int?]
  }

  static func jsonTables(_ output: String) throws -> [Table] {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "kartlegg.summary/2")
    let overview = try #require(object["overview"] as? [[String: Any]])
    let tables = overview + (try #require(object["tables"] as? [[String: Any]]))
    return tables.map { table in
      let total = table["total"] as? [String: Any]
      let rows = (table["rows"] as? [[String: Any]] ?? []).map { $0["count"] as? Int }
      return Table(
        id: table["id"] as? String ?? "", kind: table["kind"] as? String ?? "",
        total: total?["count"] as? Int, rows: rows)
    }
  }

  static func csvTables(_ output: String) -> [Table] {
    var tables: [Table] = []
    for line in output.split(separator: "\r\n").dropFirst() {
      let fields = Self.fields(String(line))
      guard fields.count == 8, fields[0] != "audience" else { continue }
      let count = Int(fields[6])
      if tables.last?.id != fields[0] {
        tables.append(Table(id: fields[0], kind: fields[2], total: nil, rows: []))
      }
      if fields[3] == "total" {
        tables[tables.count - 1].total = count
      } else {
        tables[tables.count - 1].rows.append(count)
      }
    }
    return tables
  }

  /// The fields of one CSV line (RFC 4180 quoting, no line breaks inside fields).
  static func fields(_ line: String) -> [String] {
    var fields = [""]
    var isQuoted = false
    var previous: Character?
    for character in line {
      switch (character, isQuoted) {
      case ("\"", false):
        if previous == "\"" { fields[fields.count - 1].append("\"") }
        isQuoted = true
      case ("\"", true): isQuoted = false
      case (",", false): fields.append("")
      default: fields[fields.count - 1].append(character)
      }
      previous = character
    }
    return fields
  }

  /// No small count, and no hidden count recoverable from its table's total.
  static func expectProtected(_ tables: [Table], minimumCell: Int) {
    let small = 1..<minimumCell
    for table in tables {
      for count in table.rows + [table.total] {
        if let count { #expect(!small.contains(count), "\(table.id): \(count)") }
      }
      guard let total = table.total else { continue }
      let hidden = table.rows.filter { $0 == nil }.count
      if table.kind == "partition", hidden > 0 {
        let hiddenSum = total - table.rows.compactMap { $0 }.reduce(0, +)
        #expect(hidden >= 2 || hiddenSum == 0, "\(table.id): one hidden row")
      } else if table.kind == "multiple-response" {
        for count in table.rows.compactMap({ $0 }) {
          #expect(!small.contains(total - count), "\(table.id): complement \(total - count)")
        }
      }
    }
  }

  @Test(arguments: [3, 5])
  func jsonAndCSVHideSmallAndDerivableCounts(minimumCell: Int) throws {
    let database = try Self.cohort()
    let json = try database.run([
      "summary", "--cohort", "Vår 2027", "--format", "json", "--audience", "shared", "--min-cell",
      "\(minimumCell)",
    ])
    #expect(json.status == 0, "\(json.errors)")
    let tables = try Self.jsonTables(json.output)
    #expect(tables.first?.id == "participants.actions")
    #expect(tables.first { $0.id == "participants.status" }?.total == 7)
    #expect(tables.contains { $0.id == "answers.background.industry" })
    Self.expectProtected(tables, minimumCell: minimumCell)
    let csv = try database.run([
      "summary", "--cohort", "Vår 2027", "--format", "csv", "--audience", "shared", "--min-cell",
      "\(minimumCell)",
    ])
    #expect(csv.status == 0)
    #expect(csv.output.hasPrefix("table,title,kind,figure,key,label,count,status\r\n"))
    let csvTables = Self.csvTables(csv.output)
    #expect(csvTables.map(\.id) == tables.map(\.id))
    #expect(csvTables.map(\.rows) == tables.map(\.rows))
    Self.expectProtected(csvTables, minimumCell: minimumCell)
  }

  @Test func writesTheOutputFileForTheOwnerOnly() throws {
    let database = try Self.cohort()
    let file = database.directory.appendingPathComponent("summary.csv").path
    let run = try database.run([
      "summary", "--cohort", "Vår 2027", "--format", "csv", "--output", file,
    ])
    #expect(run.status == 0)
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    #expect(try String(contentsOfFile: file, encoding: .utf8).contains("levels.overall"))
  }

  @Test func refusesAMinimumCellBelowThree() throws {
    let database = try TemporaryDatabase()
    let run = try database.run([
      "summary", "--cohort", "Vår 2027", "--audience", "shared", "--min-cell", "2",
    ])
    #expect(run.status == 64)
    #expect(run.errors.contains("--min-cell må være minst 3"))
    #expect(run.output.isEmpty)
  }

  @Test func reportsAnUnknownCohort() throws {
    let database = try TemporaryDatabase()
    let run = try database.run(["summary", "--cohort", "Ingen", "--format", "json"])
    #expect(run.status == 66)
    #expect(run.errors.contains("finner ikke kullet 'Ingen'"))
  }
}
