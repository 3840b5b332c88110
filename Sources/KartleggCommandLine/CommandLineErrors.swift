/// The command line does not fit the command's signature: a missing or malformed value, an
/// unknown option, an extra argument. Reported with the usage; exit status 64.
public struct CommandLineError: Error, Equatable {
  /// What is wrong, in English, naming the option or argument as it is written.
  public let message: String
  /// The option the message is about, shown with its help.
  public let option: OptionDeclaration?
  /// The argument the message is about, shown with its help.
  public let argument: ArgumentDeclaration?

  init(
    _ message: String, option: OptionDeclaration? = nil, argument: ArgumentDeclaration? = nil
  ) {
    self.message = message
    self.option = option
    self.argument = argument
  }

  static func missingValue(_ option: OptionDeclaration) -> Self {
    Self("Missing value for '\(option.label)'", option: option)
  }

  static func invalidValue(_ value: String, _ option: OptionDeclaration) -> Self {
    let expected =
      option.choices.isEmpty ? "" : "; expected one of: " + option.choices.joined(separator: ", ")
    return Self("The value '\(value)' is invalid for '\(option.label)'\(expected)", option: option)
  }

  static func missingOption(_ option: OptionDeclaration) -> Self {
    Self("Missing expected argument '\(option.label)'", option: option)
  }

  static func missingArgument(_ argument: ArgumentDeclaration) -> Self {
    Self("Missing expected argument '\(argument.label)'", argument: argument)
  }
}

/// A combination of values the command does not accept, found by `validate()` or while it
/// runs. Reported with the usage; exit status 64.
public struct UsageError: Error, Equatable {
  /// What is wrong, in English.
  public let message: String

  /// - Parameter message: What is wrong.
  public init(_ message: String) { self.message = message }
}

/// Ends the program with a status, after the command has reported why.
public struct ExitCode: Error, Equatable {
  /// The process's exit status.
  public let rawValue: Int32

  /// - Parameter rawValue: The exit status.
  public init(_ rawValue: Int32) { self.rawValue = rawValue }
}
