import KartleggCommandLine
import KartleggReport
import KartleggTerminal

/// `kartlegg terminal-check`: shows an Arabic word both ways and says which `--bidi` to use.
struct TerminalCheck: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "terminal-check",
      abstract: "Show which --bidi setting makes right-to-left text read right in this terminal.",
      discussion: """
        Prints the Arabic word salām twice: line 1 in logical order for a terminal that applies
        the Unicode Bidirectional Algorithm itself (--bidi terminal, the default), line 2
        reordered by kartlegg for a terminal that does not (--bidi visual). Exactly one of the
        two reads right; use the setting printed beside it, with --bidi or KARTLEGG_BIDI.

        Example:
          kartlegg terminal-check
          KARTLEGG_BIDI=visual kartlegg intake
        """
    )
  }

  /// The word shown: salām, "peace", in logical order.
  static let word = "سلام"

  let resources: ResourceOptions
  let interface: InterfaceOptions
  let display: DisplayOptions

  init(reading line: CommandLineReader) throws {
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
    display = DisplayOptions(reading: line)
  }

  func run() throws {
    let ui = try CommandContext(resources: resources, interface: interface).ui
    let mode = try display.mode()
    let width = TerminalWidth.current()
    for line in TextWrap.lines(ui("terminal-check.intro"), width: width) {
      StandardOutput.line(line)
    }
    StandardOutput.line("")
    // Printed as they are, not laid out for the current mode: each line is right in one kind
    // of terminal only.
    let logical = Bidi.isolated(Self.word, rightToLeft: true)
    StandardOutput.line("  1  " + logical + "   ← " + ui("terminal-check.terminal"))
    StandardOutput.line("  2  " + Bidi.visual(Self.word) + "   ← " + ui("terminal-check.visual"))
    StandardOutput.line("")
    StandardOutput.line(ui("terminal-check.current", mode.rawValue))
  }
}
