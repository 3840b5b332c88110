/// A command line the adviser can paste to continue the work: the way kartlegg was started
/// (`swift run kartlegg` in a checkout, `kartlegg` on the PATH, else the full path) and the
/// options that were in force (`--database` when not the default, `--ui-language`).
public struct ContinueCommand: Sendable {
  /// How kartlegg was started, ready for a shell.
  public var program: String
  /// Options to repeat, each a shell word already quoted.
  public var options: [String]

  /// Creates the command.
  ///
  /// - Parameters:
  ///   - program: How kartlegg was started.
  ///   - options: Options to repeat, quoted for a shell.
  public init(program: String = "kartlegg", options: [String] = []) {
    self.program = program
    self.options = options
  }

  /// The command with a subcommand and its arguments.
  ///
  /// - Parameter arguments: The subcommand and its arguments, quoted for a shell.
  /// - Returns: The line to paste.
  public func text(_ arguments: String...) -> String {
    ([program] + arguments + options).joined(separator: " ")
  }
}
