import Foundation

/// A cohort in a temporary database: the example answers file imported once per participant,
/// with the industry and goal changed, each accepted.
enum CohortFixture {
  static let cohort = "Høst 2026"

  /// Imports one participant per industry (goal `education` for every third, else `work`) and
  /// returns their ids in order.
  static func make(_ database: TemporaryDatabase, industries: [String]) throws -> [String] {
    let example = try String(
      contentsOf: CommandRun.repository.appendingPathComponent(
        "docs/examples/answers-tigrinya.json"), encoding: .utf8)
    var ids: [String] = []
    for (index, industry) in industries.enumerated() {
      let goal = index % 3 == 2 ? "education" : "work"
      let answers =
        example
        .replacingOccurrences(
          of: "\"background.industry\": \"cleaning\"",
          with: "\"background.industry\": \"\(industry)\""
        )
        .replacingOccurrences(
          of: "\"background.goal\": \"work\"", with: "\"background.goal\": \"\(goal)\"")
      let file = database.directory.appendingPathComponent("answers-\(index).json")
      try answers.write(to: file, atomically: true, encoding: .utf8)
      let run = try database.run(
        [
          "intake", "--answers", file.path, "--name", "Navn Nummer\(index)", "--cohort", cohort,
          "--accept",
        ])
      guard run.status == 0 else { throw FixtureFailure(message: run.errors) }
      ids.append(run.output.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return ids
  }

  /// Registers a participant whose intake has no answers yet (no result).
  static func unassessed(_ database: TemporaryDatabase) throws -> String {
    let run = try database.run(["intake"], input: IntakeScript.piped(IntakeScript.registration))
    guard let id = IntakeScript.participant(in: run.output) else {
      throw FixtureFailure(message: run.output + run.errors)
    }
    return id
  }

  struct FixtureFailure: Error {
    var message: String
  }
}
