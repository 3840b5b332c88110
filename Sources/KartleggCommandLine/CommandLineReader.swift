/// What a command reads its options and arguments through. Describing, it records each
/// declaration and hands back a placeholder (nil, the default, false, an empty text); parsing,
/// it hands back the values of a command line, or throws a ``CommandLineError`` naming what
/// is missing or malformed. It records the declarations in both modes.
public final class CommandLineReader {
  /// Everything read so far, in order.
  public private(set) var signature = CommandSignature()
  private let tokens: CommandTokens?
  private var positionalIndex = 0

  /// A reader that describes a command.
  public init() { tokens = nil }

  /// A reader that parses a command line split by the command's signature.
  init(parsing tokens: CommandTokens) { self.tokens = tokens }

  /// An option with a text value.
  ///
  /// - Parameters:
  ///   - name: The long name without its dashes.
  ///   - valueName: The value's name in help, in English.
  ///   - help: What it does, in English.
  /// - Returns: The last value given, or nil.
  public func option(_ name: String, value valueName: String, help: String) -> String? {
    let option = declare(OptionDeclaration(name: name, valueName: valueName, help: help))
    return tokens?.values[option.name]?.last
  }

  /// An option the command cannot run without.
  ///
  /// - Parameters:
  ///   - name: The long name without its dashes.
  ///   - valueName: The value's name in help, in English.
  ///   - help: What it does, in English.
  /// - Returns: The last value given (empty while describing).
  /// - Throws: A ``CommandLineError`` when it is not given.
  public func requiredOption(_ name: String, value valueName: String, help: String)
    throws(CommandLineError) -> String
  {
    let option = declare(
      OptionDeclaration(name: name, valueName: valueName, help: help, isRequired: true))
    guard let tokens else { return "" }
    guard let value = tokens.values[name]?.last else { throw .missingOption(option) }
    return value
  }

  /// An option with a whole number.
  ///
  /// - Parameters:
  ///   - name: The long name without its dashes.
  ///   - valueName: The value's name in help, in English.
  ///   - help: What it does, in English.
  /// - Returns: The number given, or nil.
  /// - Throws: A ``CommandLineError`` when the value is not a number of this type.
  public func number<Number: FixedWidthInteger>(
    _ name: String, value valueName: String, help: String
  ) throws(CommandLineError) -> Number? {
    let option = declare(OptionDeclaration(name: name, valueName: valueName, help: help))
    return try tokens?.values[name]?.last.map { text throws(CommandLineError) in
      guard let number = Number(text) else { throw .invalidValue(text, option) }
      return number
    }
  }

  /// An option with a whole number and a default.
  ///
  /// - Parameters:
  ///   - name: The long name without its dashes.
  ///   - valueName: The value's name in help, in English.
  ///   - help: What it does, in English.
  ///   - defaultValue: The number when none is given.
  /// - Returns: The number given, or the default.
  /// - Throws: A ``CommandLineError`` when the value is not a number of this type.
  public func number<Number: FixedWidthInteger>(
    _ name: String, value valueName: String, help: String, default defaultValue: Number
  ) throws(CommandLineError) -> Number {
    let option = declare(
      OptionDeclaration(
        name: name, valueName: valueName, help: help, defaultValue: String(defaultValue)))
    guard let text = tokens?.values[name]?.last else { return defaultValue }
    guard let number = Number(text) else { throw .invalidValue(text, option) }
    return number
  }

  /// An option with one of a fixed set of values.
  ///
  /// - Parameters:
  ///   - name: The long name without its dashes.
  ///   - help: What it does, in English.
  ///   - defaultValue: The value when none is given.
  /// - Returns: The value given, or the default.
  /// - Throws: A ``CommandLineError`` when the value is not one of the set.
  public func choice<Choice: CaseIterable & RawRepresentable>(
    _ name: String, help: String, default defaultValue: Choice
  ) throws(CommandLineError) -> Choice where Choice.RawValue == String {
    let option = declare(
      OptionDeclaration(
        name: name, valueName: name, help: help, choices: Choice.allCases.map(\.rawValue),
        defaultValue: defaultValue.rawValue))
    guard let text = tokens?.values[name]?.last else { return defaultValue }
    guard let value = Choice(rawValue: text) else { throw .invalidValue(text, option) }
    return value
  }

  /// A flag: an option without a value.
  ///
  /// - Parameters:
  ///   - name: The long name without its dashes.
  ///   - help: What it does, in English.
  /// - Returns: Whether it is given.
  public func flag(_ name: String, help: String) -> Bool {
    declare(OptionDeclaration(name: name, valueName: nil, help: help))
    return tokens?.flags.contains(name) ?? false
  }

  /// The next positional argument.
  ///
  /// - Parameters:
  ///   - valueName: Its name in help, in English.
  ///   - help: What it is, in English.
  /// - Returns: The value (empty while describing).
  /// - Throws: A ``CommandLineError`` when the command line has no more positional values.
  public func argument(_ valueName: String, help: String) throws(CommandLineError) -> String {
    let argument = declare(ArgumentDeclaration(valueName: valueName, help: help))
    guard let tokens else { return "" }
    guard positionalIndex < tokens.positionals.count else { throw .missingArgument(argument) }
    positionalIndex += 1
    return tokens.positionals[positionalIndex - 1]
  }

  /// Every remaining positional argument, at least one.
  ///
  /// - Parameters:
  ///   - valueName: Their name in help, in English.
  ///   - help: What they are, in English.
  /// - Returns: The values (none while describing).
  /// - Throws: A ``CommandLineError`` when there is none.
  public func arguments(_ valueName: String, help: String) throws(CommandLineError) -> [String] {
    let argument = declare(ArgumentDeclaration(valueName: valueName, help: help, isRepeating: true))
    guard let tokens else { return [] }
    guard positionalIndex < tokens.positionals.count else { throw .missingArgument(argument) }
    defer { positionalIndex = tokens.positionals.count }
    return Array(tokens.positionals[positionalIndex...])
  }

  /// Checks that the command read every positional value.
  ///
  /// - Throws: A ``CommandLineError`` naming the first one left over.
  func finish() throws(CommandLineError) {
    guard let tokens, positionalIndex < tokens.positionals.count else { return }
    throw CommandLineError("Unexpected argument '\(tokens.positionals[positionalIndex])'")
  }

  @discardableResult
  private func declare(_ option: OptionDeclaration) -> OptionDeclaration {
    precondition(
      option.name != "help" && option.name != "version"
        && signature.option(named: option.name) == nil,
      "--\(option.name) is declared twice, or is one of --help and --version")
    signature.entries.append(.option(option))
    return option
  }

  private func declare(_ argument: ArgumentDeclaration) -> ArgumentDeclaration {
    signature.entries.append(.argument(argument))
    return argument
  }
}
