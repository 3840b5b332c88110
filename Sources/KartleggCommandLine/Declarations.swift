/// An option as help and the tokenizer see it.
public struct OptionDeclaration: Sendable, Equatable {
  /// The long name without its dashes, e.g. `database`.
  public let name: String
  /// The value's name in English, e.g. `path`; nil for a flag.
  public let valueName: String?
  /// What it does, in English.
  public let help: String
  /// Whether the command cannot run without it.
  public let isRequired: Bool
  /// The values it accepts, for a choice.
  public let choices: [String]
  /// The value when it is not given, as help shows it.
  public let defaultValue: String?

  init(
    name: String, valueName: String?, help: String, isRequired: Bool = false,
    choices: [String] = [], defaultValue: String? = nil
  ) {
    self.name = name
    self.valueName = valueName
    self.help = help
    self.isRequired = isRequired
    self.choices = choices
    self.defaultValue = defaultValue
  }

  /// Whether it takes a value.
  public var takesValue: Bool { valueName != nil }

  /// `--name <value>` or `--name`, untranslated.
  var label: String { valueName.map { "--\(name) <\($0)>" } ?? "--\(name)" }
}

/// A positional argument as help and the tokenizer see it.
public struct ArgumentDeclaration: Sendable, Equatable {
  /// The value's name in English, e.g. `file`.
  public let valueName: String
  /// What it is, in English.
  public let help: String
  /// Whether it takes every remaining positional value (one or more).
  public let isRepeating: Bool

  init(valueName: String, help: String, isRepeating: Bool = false) {
    self.valueName = valueName
    self.help = help
    self.isRepeating = isRepeating
  }

  /// `<file>` or `<file> ...`, untranslated.
  var label: String { isRepeating ? "<\(valueName)> ..." : "<\(valueName)>" }
}

/// Everything a command reads, in the order it reads it.
public struct CommandSignature: Sendable {
  /// An option or a positional argument.
  public enum Entry: Sendable, Equatable {
    case option(OptionDeclaration)
    case argument(ArgumentDeclaration)
  }

  /// The options and arguments in reading order, as the usage line lists them.
  public internal(set) var entries: [Entry] = []

  /// The options, flags included.
  public var options: [OptionDeclaration] {
    entries.compactMap { entry in
      guard case .option(let option) = entry else { return nil }
      return option
    }
  }

  /// The positional arguments.
  public var arguments: [ArgumentDeclaration] {
    entries.compactMap { entry in
      guard case .argument(let argument) = entry else { return nil }
      return argument
    }
  }

  /// The option with a long name.
  ///
  /// - Parameter name: The name without its dashes.
  /// - Returns: The option, if the command has it.
  func option(named name: String) -> OptionDeclaration? {
    for case .option(let option) in entries where option.name == name { return option }
    return nil
  }
}
