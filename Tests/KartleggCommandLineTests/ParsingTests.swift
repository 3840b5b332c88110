import Testing

@testable import KartleggCommandLine

/// Options, flags and arguments are read from every way a command line can write them.
@Suite struct ParsingTests {
  @Test func readsValuesInBothSpellingsAndTheLastOneWins() throws {
    let greeting = try parsed(
      Greet.self,
      ["Ada", "--times", "2", "--tone=warm", "Grace", "--loud", "--times=3", "--signature", "-"])
    #expect(greeting.names == ["Ada", "Grace"])
    #expect(greeting.times == 3)
    #expect(greeting.tone == .warm)
    #expect(greeting.loud)
    #expect(greeting.signature == "-")
    #expect(greeting.limit == nil)
  }

  @Test func defaultsWhenNothingIsGiven() throws {
    let greeting = try parsed(Greet.self, ["Ada"])
    #expect(greeting.times == 1)
    #expect(greeting.tone == .plain)
    #expect(!greeting.loud)
    #expect(greeting.signature == nil)
  }

  @Test func everythingAfterDoubleDashIsAnArgument() throws {
    let greeting = try parsed(Greet.self, ["--", "--loud", "-h"])
    #expect(greeting.names == ["--loud", "-h"])
    #expect(!greeting.loud)
  }

  @Test func unknownOptionIsAUsageError() {
    let run = ToolRun(["greet", "Ada", "--lodu"])
    #expect(run.status == 64)
    #expect(run.errors.hasPrefix("Error: Unknown option '--lodu'\nUsage: tool greet <name> ..."))
    #expect(run.errors.hasSuffix("  See 'tool greet --help' for more information.\n"))
    #expect(ToolRun(["greet", "Ada", "-x"]).errors.hasPrefix("Error: Unknown option '-x'\n"))
    #expect(
      ToolRun(["greet", "Ada", "--nope=1"]).errors.hasPrefix("Error: Unknown option '--nope'\n"))
  }

  @Test func missingValueNamesTheOptionAndItsHelp() {
    for words in [["greet", "Ada", "--times"], ["greet", "--times", "--loud", "Ada"]] {
      let run = ToolRun(words)
      #expect(run.status == 64)
      #expect(
        run.errors.hasPrefix(
          "Error: Missing value for '--times <count>'\nHelp:  --times <count>  How often. (default: 1)\n"
        ))
    }
  }

  @Test func malformedNumbersAndChoicesAreRefused() {
    let word = ToolRun(["greet", "Ada", "--times", "two"])
    #expect(word.status == 64)
    #expect(word.errors.hasPrefix("Error: The value 'two' is invalid for '--times <count>'\n"))
    let tooBig = ToolRun(["greet", "Ada", "--limit", "300"])
    #expect(tooBig.errors.hasPrefix("Error: The value '300' is invalid for '--limit <count>'\n"))
    let tone = ToolRun(["greet", "Ada", "--tone", "cold"])
    #expect(
      tone.errors.hasPrefix(
        "Error: The value 'cold' is invalid for '--tone <tone>'; expected one of: plain, warm\n"))
  }

  @Test func flagTakesNoValue() {
    let run = ToolRun(["greet", "Ada", "--loud=yes"])
    #expect(run.status == 64)
    #expect(run.errors.hasPrefix("Error: The flag '--loud' does not take a value\n"))
  }

  @Test func missingAndExtraArguments() {
    let none = ToolRun(["greet"])
    #expect(none.status == 64)
    #expect(
      none.errors.hasPrefix(
        "Error: Missing expected argument '<name> ...'\nHelp:  <name> ...  Who to greet.\n"))
    let extra = ToolRun(["pack", "a", "b", "--label", "x"])
    #expect(extra.status == 64)
    #expect(extra.errors.hasPrefix("Error: Unexpected argument 'b'\n"))
    let unlabelled = ToolRun(["pack", "a"])
    #expect(unlabelled.errors.hasPrefix("Error: Missing expected argument '--label <text>'\n"))
  }

  @Test func runsTheCommandAfterValidation() throws {
    #expect(ToolRun(["greet", "Ada", "--times", "2"]).status == 11)
    #expect(ToolRun(["pack", "a", "--label", "x"]).status == 0)
  }

  @Test func validationAndExitCodesFromTheCommand() {
    let invalid = ToolRun(["greet", "Ada", "--times", "0"])
    #expect(invalid.status == 64)
    #expect(invalid.errors.hasPrefix("Error: --times must be at least 1, not 0\nUsage: tool greet"))
    let refused = ToolRun(["greet", "Ada", "Grace"])
    #expect(refused.status == 12)
    #expect(refused.errors.isEmpty)
    #expect(refused.output.isEmpty)
  }

  @Test func describingRecordsTheSignatureInReadingOrder() throws {
    let line = CommandLineReader()
    let greeting = try Greet(reading: line)
    #expect(greeting.names.isEmpty)
    #expect(greeting.times == 1)
    #expect(line.signature.arguments.map(\.valueName) == ["name"])
    #expect(line.signature.options.map(\.name) == ["times", "limit", "tone", "loud", "signature"])
    #expect(line.signature.options[2].choices == ["plain", "warm"])
    #expect(line.signature.options[3].takesValue == false)
  }
}
