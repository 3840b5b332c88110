/// A command line split by a command's signature: each option's values in order, the flags
/// given, and the positional values.
struct CommandTokens {
  private(set) var values: [String: [String]] = [:]
  private(set) var flags: Set<String> = []
  private(set) var positionals: [String] = []

  /// Splits the words after the command's name.
  ///
  /// `--name value` and `--name=value` give an option its value; a flag takes none; after `--`
  /// every word is positional. A word that starts with `-` is never taken as a value.
  ///
  /// - Parameters:
  ///   - words: The words after the command's name.
  ///   - signature: What the command reads.
  /// - Throws: A ``CommandLineError`` for an unknown option, a missing value or a flag given
  ///   a value.
  init(_ words: ArraySlice<String>, signature: CommandSignature) throws(CommandLineError) {
    var index = words.startIndex
    var positionalOnly = false
    while index < words.endIndex {
      let word = words[index]
      index += 1
      if positionalOnly || !word.hasPrefix("-") || word == "-" {
        positionals.append(word)
        continue
      }
      if word == "--" {
        positionalOnly = true
        continue
      }
      let body = word.dropFirst(2)
      let equals = body.firstIndex(of: "=")
      let name = String(body[..<(equals ?? body.endIndex)])
      guard word.hasPrefix("--"), let option = signature.option(named: name) else {
        throw CommandLineError("Unknown option '\(equals == nil ? word : "--" + name)'")
      }
      guard option.takesValue else {
        guard equals == nil else {
          throw CommandLineError(
            "The flag '\(option.label)' does not take a value", option: option)
        }
        flags.insert(name)
        continue
      }
      if let equals {
        values[name, default: []].append(String(body[body.index(after: equals)...]))
      } else if index < words.endIndex, !words[index].hasPrefix("-") || words[index] == "-" {
        values[name, default: []].append(words[index])
        index += 1
      } else {
        throw .missingValue(option)
      }
    }
  }
}
