/// Runs a command-line program: finds the command the words name, answers `help`, `-h`,
/// `--help` and `--version`, reads the command's options and arguments, validates and runs it,
/// and turns what goes wrong into a message and an exit status (64 for usage).
public struct CommandLineProgram {
  /// The program's command; its subcommands are the program's commands.
  public let root: any Command.Type
  /// Writes to standard output.
  public let output: (String) -> Void
  /// Writes to standard error.
  public let errors: (String) -> Void
  /// The translation of help's English texts; asked for only when help or a usage error is
  /// written, so a command that runs never pays for it.
  public let language: () -> (String) -> String
  /// The width to wrap help to.
  public let width: () -> Int

  /// - Parameters:
  ///   - root: The program's command.
  ///   - output: Writes to standard output.
  ///   - errors: Writes to standard error.
  ///   - language: Gives the translation of help's texts.
  ///   - width: Gives the width to wrap help to.
  public init(
    root: any Command.Type, output: @escaping (String) -> Void,
    errors: @escaping (String) -> Void, language: @escaping () -> (String) -> String,
    width: @escaping () -> Int
  ) {
    self.root = root
    self.output = output
    self.errors = errors
    self.language = language
    self.width = width
  }

  /// Runs the command a command line names.
  ///
  /// - Parameter words: The words after the program's name.
  /// - Returns: The exit status.
  public func run(_ words: [String]) -> Int32 {
    var rest = words[...]
    if rest.first == "help" {
      rest.removeFirst()
      let (path, unknown) = commands(named: &rest)
      if let unknown {
        return usageError(path, signature: nil, CommandLineError("Unknown command '\(unknown)'"))
      }
      return showHelp(path, signature: nil)
    }
    let (path, _) = commands(named: &rest)
    let command = path[path.count - 1]
    let options = rest.prefix { $0 != "--" }
    if options.contains(where: { $0 == "-h" || $0 == "--help" }) {
      return showHelp(path, signature: nil)
    }
    if let version = root.about.version, options.contains("--version") {
      output(version + "\n")
      return 0
    }
    guard command.about.subcommands.isEmpty else {
      guard let word = rest.first else { return showHelp(path, signature: nil) }
      return usageError(path, signature: nil, CommandLineError("Unexpected argument '\(word)'"))
    }
    let describer = CommandLineReader()
    do {
      _ = try command.init(reading: describer)
      let reader = CommandLineReader(
        parsing: try CommandTokens(rest, signature: describer.signature))
      let instance = try command.init(reading: reader)
      try reader.finish()
      try instance.validate()
      try instance.run()
      return 0
    } catch let error as CommandLineError {
      return usageError(path, signature: describer.signature, error)
    } catch let error as UsageError {
      return usageError(path, signature: describer.signature, CommandLineError(error.message))
    } catch let code as ExitCode {
      return code.rawValue
    } catch {
      errors("Error: \(error)\n")
      return 70
    }
  }

  /// The commands the leading words name, from the root down, and the first word that names
  /// none when a command with subcommands expected one.
  private func commands(named words: inout ArraySlice<String>) -> (
    [any Command.Type], unknown: String?
  ) {
    var path: [any Command.Type] = [root]
    while let word = words.first, !path[path.count - 1].about.subcommands.isEmpty {
      guard
        let next = path[path.count - 1].about.subcommands.first(where: { $0.about.name == word })
      else { return (path, word.hasPrefix("-") ? nil : word) }
      path.append(next)
      words.removeFirst()
    }
    return (path, nil)
  }

  private func layout(_ path: [any Command.Type], signature: CommandSignature?) -> HelpLayout {
    let command = path[path.count - 1]
    var described = signature
    if described == nil, command.about.subcommands.isEmpty {
      let describer = CommandLineReader()
      _ = try? command.init(reading: describer)
      described = describer.signature
    }
    return HelpLayout(
      path: path.map { $0.about.name }, about: command.about,
      signature: described ?? CommandSignature(),
      version: path.count == 1 ? root.about.version : nil, translate: language(),
      width: width())
  }

  private func showHelp(_ path: [any Command.Type], signature: CommandSignature?) -> Int32 {
    output(layout(path, signature: signature).help)
    return 0
  }

  private func usageError(
    _ path: [any Command.Type], signature: CommandSignature?, _ error: CommandLineError
  ) -> Int32 {
    errors(
      layout(path, signature: signature).usageError(
        error.message, option: error.option, argument: error.argument))
    return 64
  }
}
