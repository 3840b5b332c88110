import Foundation

/// A whole intake of the standard survey as an adviser types it (interface in Bokmål,
/// participant in Tigrinya): registration, then one line per question, then `a` to accept.
enum IntakeScript {
  /// Name, contact (left out), cohort, programme, participant language.
  static let registration = ["Test Testesen", "", "Høst 2026", "1", "ti"]

  /// One answer per question that applies, in order (45 questions; 3 optional ones skipped),
  /// and after question 34 (BankID login "with help" although "no BankID") an Enter that
  /// confirms the answer the plausibility check warns about.
  static let answers = [
    "1", "ti", "2", "2", "2", "3", "1 2", "3", "2", "2", "2", "ti", "2", "2", "2", "2", "2", "2",
    "2", "1 2", "1 2", ".", "2", "1 2", "2", "2", "1 2", "2", "2", "2", "2", "2", "2", "2", "",
    "2", "2", "2", "2", "ti", "1 2", "2", "ti", ".", "2", ".",
  ]

  /// Everything, ending with accepting the result.
  static var all: [String] { registration + answers + ["a"] }

  /// Registration at a terminal: a new cohort's name is confirmed with `j`.
  static let terminalRegistration = ["Test Testesen", "", "Høst 2026", "j", "1", "ti"]

  /// A whole intake at a terminal.
  static var terminalAll: [String] { terminalRegistration + answers + ["a"] }

  /// Lines joined for a pipe.
  static func piped(_ lines: [String]) -> String {
    lines.map { $0 + "\n" }.joined()
  }

  /// The id in "Deltaker XXXX-XXXX er registrert".
  static func participant(in output: String) -> String? {
    output.firstMatch(of: /Deltaker ([0-9A-Z]{4}-[0-9A-Z]{4}) er registrert/).map {
      String($0.output.1)
    }
  }
}

/// A temporary database and the environment that points kartlegg at it.
final class TemporaryDatabase {
  let directory: URL
  let path: String

  init() throws {
    directory = try CommandRun.temporaryDirectory()
    path = directory.appendingPathComponent("data/kartlegg.sqlite").path
  }

  deinit { try? FileManager.default.removeItem(at: directory) }

  var environment: [String: String] {
    ["KARTLEGG_DATABASE": path, "KARTLEGG_ADVISER": "veileder-test", "KARTLEGG_UI_LANGUAGE": "nb"]
  }

  func run(_ arguments: [String], input: String? = nil) throws -> CommandRun {
    try CommandRun.kartlegg(arguments, input: input, environment: environment)
  }

  /// The participant's export as a JSON object.
  func export(_ id: String) throws -> [String: Any] {
    let run = try run(["participants", "export", id])
    let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8))
    return object as? [String: Any] ?? [:]
  }

  /// The first intake of an export.
  func intake(_ id: String) throws -> [String: Any] {
    (try export(id)["intakes"] as? [[String: Any]])?.first ?? [:]
  }
}
