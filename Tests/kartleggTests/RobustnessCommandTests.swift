import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 14 end to end: retried imports, unsafe database files, output files, JSON escaping.
@Suite struct RobustnessCommandTests {
  private let example = "docs/examples/answers-tigrinya.json"

  private func importExample(_ database: TemporaryDatabase, name: String) throws -> CommandRun {
    try database.run(["intake", "--answers", example, "--name", name, "--cohort", "Vår 2027"])
  }

  @Test func aRepeatedImportPrintsTheSameIdAndStoresNothingNew() throws {
    let database = try TemporaryDatabase()
    let first = try importExample(database, name: "Case 114")
    let second = try importExample(database, name: "Case 114")
    #expect(first.status == 0 && second.status == 0, "\(second.errors)")
    #expect(first.output == second.output)
    let other = try importExample(database, name: "Case 115")
    #expect(other.output != first.output)
    let list = try database.run(["participants", "list"]).output
    #expect(list.split(separator: "\n").count == 1 + 2)
  }

  @Test func aDatabaseOthersCanReadIsRefusedWithTheFix() throws {
    let database = try TemporaryDatabase()
    #expect(try importExample(database, name: "Ola").status == 0)
    #expect(chmod(database.path, 0o644) == 0)
    let refused = try database.run(["participants", "list"])
    #expect(refused.status == 77)
    #expect(refused.errors.contains("chmod 600 \(database.path)"))
    #expect(refused.errors.contains("--allow-shared-file"))
    let shared = try database.run(["participants", "list", "--allow-shared-file"])
    #expect(shared.status == 0, "\(shared.errors)")
  }

  @Test func summaryOutputRefusesAFIFOAndADirectoryAndLeavesThem() throws {
    let database = try SummaryCommandTests.cohort()
    let fifo = database.directory.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let run = try database.run(["summary", "--cohort", "Vår 2027", "--output", fifo])
    #expect(run.status == 73)
    #expect(run.errors.contains("\(fifo): error: er en FIFO (navngitt rør), ikke en vanlig fil"))
    var info = stat()
    #expect(lstat(fifo, &info) == 0 && UInt32(info.st_mode) & UInt32(S_IFMT) == UInt32(S_IFIFO))
    let directory = database.directory.path
    let onDirectory = try database.run(["summary", "--cohort", "Vår 2027", "--output", directory])
    #expect(onDirectory.status == 73)
    #expect(onDirectory.errors.contains("er en mappe, ikke en vanlig fil"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory)
      .filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty, "\(leftovers)")
  }

  @Test func summaryOutputReplacesTheUsersOwnFileWhole() throws {
    let database = try SummaryCommandTests.cohort()
    let file = database.directory.appendingPathComponent("summary.json").path
    try Data(repeating: 0x41, count: 100_000).write(to: URL(fileURLWithPath: file))
    let run = try database.run([
      "summary", "--cohort", "Vår 2027", "--format", "json", "--output", file,
    ])
    #expect(run.status == 0, "\(run.errors)")
    let written = try Data(contentsOf: URL(fileURLWithPath: file))
    #expect(try JSONSerialization.jsonObject(with: written) is [String: Any])
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
  }

  @Test func theExportEscapesBidiAndC1CharactersInNames() throws {
    let database = try TemporaryDatabase()
    let name = "Ali\u{202E}fdp\u{200F}\u{9B}2J"
    let run = try importExample(database, name: name)
    #expect(run.status == 0, "\(run.errors)")
    let id = run.output.trimmingCharacters(in: .whitespacesAndNewlines)
    let export = try database.run(["participants", "export", id])
    #expect(export.output.contains(#""Ali\u202efdp\u200f\u009b2J""#))
    #expect(!export.output.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x9B })
    #expect(try database.export(id)["name"] as? String == name)
  }
}
