@testable import KartleggCommandLine

/// A small program to run the parser on: `tool greet NAME...` and `tool pack`.
struct Tool: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "tool", abstract: "Do small things.", version: "1.2.3",
      subcommands: [Greet.self, Pack.self])
  }

  init(reading _: CommandLineReader) {}
}

struct Greet: Command {
  enum Tone: String, CaseIterable {
    case plain
    case warm
  }

  static var about: CommandDescription {
    CommandDescription(
      name: "greet", abstract: "Greet people.",
      discussion: """
        Greets each person by name, in the order
        given.

        Example:
          tool greet Ada Grace
        """)
  }

  let names: [String]
  let times: Int
  let limit: UInt8?
  let tone: Tone
  let loud: Bool
  let signature: String?

  init(reading line: CommandLineReader) throws {
    names = try line.arguments("name", help: "Who to greet.")
    times = try line.number("times", value: "count", help: "How often.", default: 1)
    limit = try line.number("limit", value: "count", help: "At most this many.")
    tone = try line.choice("tone", help: "The tone.", default: Tone.plain)
    loud = line.flag("loud", help: "Shout.")
    signature = line.option("signature", value: "text", help: "Sign with this.")
  }

  func validate() throws {
    guard times >= 1 else { throw UsageError("--times must be at least 1, not \(times)") }
  }

  /// Ends with 10 + the number of names, so a test sees that it ran.
  func run() throws {
    throw ExitCode(10 + Int32(names.count))
  }
}

struct Pack: Command {
  static var about: CommandDescription {
    CommandDescription(name: "pack", abstract: "Pack one box.")
  }

  let box: String
  let label: String

  init(reading line: CommandLineReader) throws {
    box = try line.argument("box", help: "The box.")
    label = try line.requiredOption("label", value: "text", help: "What to write on it.")
  }
}

/// One run of ``Tool``: its status and what it wrote.
struct ToolRun {
  var status: Int32 = 0
  var output = ""
  var errors = ""

  /// Runs the tool on words.
  ///
  /// - Parameters:
  ///   - words: The command line after the program's name.
  ///   - translations: English → translated help texts.
  ///   - width: The width to wrap to.
  init(_ words: [String], translations: [String: String] = [:], width: Int = 80) {
    var output = ""
    var errors = ""
    let program = CommandLineProgram(
      root: Tool.self, output: { output += $0 }, errors: { errors += $0 },
      language: { { translations[$0] ?? $0 } }, width: { width })
    status = program.run(words)
    self.output = output
    self.errors = errors
  }
}

/// A command built from a command line the way the program builds it.
///
/// - Parameters:
///   - type: The command.
///   - words: The words after its name.
/// - Returns: The command.
/// - Throws: A ``CommandLineError`` as the program would report it.
func parsed<C: Command>(_ type: C.Type, _ words: [String]) throws -> C {
  let describer = CommandLineReader()
  _ = try C(reading: describer)
  let reader = CommandLineReader(
    parsing: try CommandTokens(words[...], signature: describer.signature))
  let command = try C(reading: reader)
  try reader.finish()
  return command
}
