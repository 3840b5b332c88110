import Foundation
import Testing

/// Every command answers `--help`, refuses what it does not know with exit 64, and the program
/// answers `--version`, found by walking the help's own list of subcommands.
@Suite struct CommandSurfaceTests {
  /// The command paths under a path, the path itself first.
  private func paths(under path: [String]) throws -> [[String]] {
    let help = try CommandRun.kartlegg(
      path + ["--help"], environment: ["KARTLEGG_UI_LANGUAGE": "en"])
    guard let list = help.output.range(of: "SUBCOMMANDS:\n") else { return [path] }
    let names = help.output[list.upperBound...].split(separator: "\n").compactMap { line in
      line.hasPrefix("  ") && !line.hasPrefix("   ") && !line.hasPrefix("  See ")
        ? line.split(separator: " ").first.map(String.init) : nil
    }
    return try [path] + names.flatMap { try paths(under: path + [$0]) }
  }

  @Test func everyCommandHasHelpAndRefusesUnknownOptions() throws {
    let all = try paths(under: [])
    #expect(all.count == 31)
    for path in all {
      let help = try CommandRun.kartlegg(
        path + ["--help"], environment: ["KARTLEGG_UI_LANGUAGE": "en"])
      #expect(help.status == 0, "\(path)")
      #expect(help.output.contains("USAGE: " + (["kartlegg"] + path).joined(separator: " ")))
      let options = help.output.split(separator: "\n").filter { $0.hasPrefix("  --") }
      #expect(Set(options).count == options.count, "\(path) lists an option twice")
      let unknown = try CommandRun.kartlegg(path + ["--no-such-option"])
      #expect(unknown.status == 64, "\(path)")
      #expect(unknown.errors.hasPrefix("Error: "), "\(path)")
    }
  }

  /// Every option's help is in Norwegian by default: no row reads as in the English help.
  @Test func everyOptionHelpIsTranslated() throws {
    for path in try paths(under: []) {
      let english = try CommandRun.kartlegg(
        path + ["--help"], environment: ["KARTLEGG_UI_LANGUAGE": "en"])
      let norwegian = try CommandRun.kartlegg(path + ["--help"])
      let rows = { (help: String) in
        help.split(separator: "\n").filter { $0.hasPrefix("  --") || $0.hasPrefix("  <") }
          .map { String($0.dropFirst(26)) }
      }
      let (englishRows, norwegianRows) = (rows(english.output), rows(norwegian.output))
      #expect(englishRows.count == norwegianRows.count, "\(path)")
      for (englishRow, norwegianRow) in zip(englishRows, norwegianRows) where !englishRow.isEmpty {
        #expect(englishRow != norwegianRow, "\(path): '\(norwegianRow)' is not translated")
      }
    }
  }

  @Test func versionFromTheRootAndFromACommand() throws {
    let root = try CommandRun.kartlegg(["--version"])
    #expect(root.status == 0)
    #expect(root.output.split(separator: "\n").count == 1)
    #expect(try CommandRun.kartlegg(["survey", "check", "--version"]).output == root.output)
  }

  @Test func usageErrorNamesTheValueInTheAdvisersLanguage() throws {
    let run = try CommandRun.kartlegg(["groups", "suggest", "--cohort"])
    #expect(run.status == 64)
    #expect(
      run.errors.hasPrefix(
        "Error: Missing value for '--cohort <navn>'\nHelp:  --cohort <navn>  "))
    #expect(run.errors.hasSuffix("  See 'kartlegg groups suggest --help' for more information.\n"))
    #expect(run.output.isEmpty)
  }

  @Test func helpIsWrappedToTheTerminalWidthGiven() throws {
    let run = try CommandRun.kartlegg(
      ["summary", "--help"], environment: ["COLUMNS": "60", "KARTLEGG_UI_LANGUAGE": "en"])
    // Only the examples and a single word longer than the column run past.
    let long = run.output.split(separator: "\n").filter { line in
      line.count > 60 && !line.hasPrefix("  kartlegg ")
        && line.trimmingCharacters(in: .whitespaces).contains(" ")
    }
    #expect(long.isEmpty, "\(long)")
    #expect(run.output.contains("  --audience <audience>   Who the summary is for"))
  }
}
