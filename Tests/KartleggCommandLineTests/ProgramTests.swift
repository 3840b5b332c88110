import Testing

@testable import KartleggCommandLine

/// Help, the version and the choice of command, in the reader's language.
@Suite struct ProgramTests {
  @Test func helpListsArgumentsOptionsAndDefaults() {
    let run = ToolRun(["greet", "--help"])
    #expect(run.status == 0)
    #expect(
      run.output == """
        OVERVIEW: Greet people.

        Greets each person by name, in the order given.

        Example:
          tool greet Ada Grace

        USAGE: tool greet <name> ... [--times <count>] [--limit <count>] [--tone <tone>]
               [--loud] [--signature <text>]

        ARGUMENTS:
          <name> ...              Who to greet.

        OPTIONS:
          --times <count>         How often. (default: 1)
          --limit <count>         At most this many.
          --tone <tone>           The tone. (values: plain, warm; default: plain)
          --loud                  Shout.
          --signature <text>      Sign with this.
          -h, --help              Show help information.

        """)
  }

  @Test func helpIsFoundEveryWay() {
    let full = ToolRun(["greet", "--help"]).output
    #expect(ToolRun(["greet", "Ada", "-h"]).output == full)
    #expect(ToolRun(["help", "greet"]).output == full)
    #expect(ToolRun(["greet", "--loud", "--help", "--nope"]).output == full)
    #expect(ToolRun(["greet", "--loud", "--help", "--nope"]).status == 0)
  }

  @Test func rootHelpListsSubcommandsAndVersion() {
    for words in [[], ["--help"], ["help"]] {
      let run = ToolRun(words)
      #expect(run.status == 0)
      #expect(run.output.contains("USAGE: tool <subcommand>\n"))
      #expect(run.output.contains("  --version               Show the version.\n"))
      #expect(run.output.contains("SUBCOMMANDS:\n  greet                   Greet people.\n"))
      #expect(run.output.hasSuffix("\n  See 'tool help <subcommand>' for detailed help.\n"))
    }
    #expect(ToolRun(["--version"]).output == "1.2.3\n")
    #expect(!ToolRun(["greet", "--help"]).output.contains("--version"))
  }

  @Test func unknownCommandIsAUsageError() {
    let run = ToolRun(["gret", "Ada"])
    #expect(run.status == 64)
    #expect(
      run.errors == """
        Error: Unexpected argument 'gret'
        Usage: tool <subcommand>
          See 'tool --help' for more information.

        """)
    let help = ToolRun(["help", "gret"])
    #expect(help.status == 64)
    #expect(help.errors.hasPrefix("Error: Unknown command 'gret'\n"))
  }

  @Test func textsAreTranslatedButNamesAreNot() {
    let translations = [
      "OVERVIEW:": "OVERSIKT:", "USAGE:": "BRUK:", "Greet people.": "Hils på folk.",
      "name": "navn", "Who to greet.": "Hvem det skal hilses på.",
      "default:": "standard:",
    ]
    let run = ToolRun(["greet", "--help"], translations: translations)
    #expect(run.output.hasPrefix("OVERSIKT: Hils på folk.\n"))
    #expect(run.output.contains("BRUK: tool greet <navn> ... [--times <count>]"))
    #expect(run.output.contains("\n      [--loud] [--signature <text>]\n"))
    #expect(run.output.contains("  <navn> ...              Hvem det skal hilses på.\n"))
    #expect(run.output.contains("--times <count>         How often. (standard: 1)\n"))
    let error = ToolRun(["greet"], translations: translations)
    #expect(
      error.errors.hasPrefix(
        "Error: Missing expected argument '<navn> ...'\nHelp:  <navn> ...  Hvem det skal hilses på.\n"
      ))
  }

  @Test func helpWrapsToTheWidthInItsColumn() {
    let run = ToolRun(
      ["greet", "--help"],
      translations: ["Sign with this.": "Sign every greeting with this text, after a dash."],
      width: 40)
    #expect(
      run.output.contains(
        """
          --signature <text>      Sign every greeting
                                  with this text,
                                  after a dash.

        """))
    #expect(run.output.contains("Greets each person by name, in the order\ngiven.\n\nExample:\n"))
  }
}
