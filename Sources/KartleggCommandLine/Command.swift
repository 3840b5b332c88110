/// A command of a command-line program. It declares its options and arguments by reading them
/// from a ``CommandLineReader``: the same initialiser describes the command for help and the
/// tokenizer, and builds it from a command line, so each option is written once and no
/// reflection is needed.
public protocol Command {
  /// The command's name, texts and subcommands.
  static var about: CommandDescription { get }

  /// Reads the command's options and arguments, in the order they are to be listed in help.
  ///
  /// - Parameter line: The reader: describing the command, or parsing a command line.
  /// - Throws: A ``CommandLineError`` when a value is missing or malformed.
  init(reading line: CommandLineReader) throws

  /// Checks how the values go together, after they are all read.
  ///
  /// - Throws: A ``UsageError`` when they do not.
  func validate() throws

  /// Does the command's work.
  ///
  /// - Throws: An ``ExitCode`` after its own report, or a ``UsageError``.
  func run() throws
}

extension Command {
  /// Accepts any combination of values.
  public func validate() throws {}

  /// Nothing: a command with subcommands shows its help instead of running.
  public func run() throws {}
}

/// What help says about a command, and the commands under it.
public struct CommandDescription {
  /// The word that selects the command.
  public var name: String
  /// One sentence, in English; help translates it.
  public var abstract: String
  /// Paragraphs in English, separated by blank lines; indented lines (examples) stay as they
  /// are, the others are joined and wrapped to the width of the terminal.
  public var discussion: String
  /// The program's version, on the root command only.
  public var version: String?
  /// The commands under this one, in the order help lists them.
  public var subcommands: [any Command.Type]

  /// - Parameters:
  ///   - name: The word that selects the command.
  ///   - abstract: One sentence.
  ///   - discussion: Paragraphs.
  ///   - version: The program's version, on the root only.
  ///   - subcommands: The commands under this one.
  public init(
    name: String, abstract: String, discussion: String = "", version: String? = nil,
    subcommands: [any Command.Type] = []
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.version = version
    self.subcommands = subcommands
  }
}
