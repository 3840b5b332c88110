/// A command's help and usage text, in the reader's language and the terminal's width. Every
/// English text goes through `translate`, which returns it unchanged when it has no
/// translation; ids and option names are never translated.
struct HelpLayout {
  /// The names from the program's down to this command's.
  let path: [String]
  let about: CommandDescription
  let signature: CommandSignature
  /// The program's version, listed under the root's options.
  let version: String?
  let translate: (String) -> String
  let width: Int

  /// The text column of the two-column lists.
  private static let column = 26

  /// The full help: overview, discussion, usage, arguments, options and subcommands.
  var help: String {
    var lines = TextWrapping.lines(translate("OVERVIEW:") + " " + translate(about.abstract), width)
    if !about.discussion.isEmpty {
      lines += [""] + TextWrapping.paragraphs(translate(about.discussion), width)
    }
    lines += [""] + usageLines(heading: translate("USAGE:"))
    let arguments = signature.arguments
    if !arguments.isEmpty {
      lines += ["", translate("ARGUMENTS:")]
      lines += arguments.flatMap { row(label($0), translate($0.help)) }
    }
    lines += ["", translate("OPTIONS:")]
    lines += signature.options.flatMap { row(label($0), text(for: $0)) }
    if version != nil { lines += row("--version", translate("Show the version.")) }
    lines += row("-h, --help", translate("Show help information."))
    if !about.subcommands.isEmpty {
      lines += ["", translate("SUBCOMMANDS:")]
      lines += about.subcommands.flatMap { row($0.about.name, translate($0.about.abstract)) }
      lines += ["", "  " + seeSubcommandHelp]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The usage after its heading: the command's path, then its arguments and options in the
  /// order it reads them, optional ones in brackets; wrapped between them, never inside one.
  var usage: [String] {
    guard about.subcommands.isEmpty else { return path + [translate("<subcommand>")] }
    return path
      + signature.entries.map { entry in
        switch entry {
        case .argument(let argument): label(argument)
        case .option(let option): option.isRequired ? label(option) : "[\(label(option))]"
        }
      }
  }

  /// The usage under a heading, wrapped to the width with a hanging indent.
  private func usageLines(heading: String) -> [String] {
    TextWrapping.lines(
      words: [heading] + usage, width, indent: heading.count + 1)
  }

  /// A usage error: the message, the help of what it is about, the usage and where to read
  /// more.
  ///
  /// - Parameters:
  ///   - message: What is wrong.
  ///   - option: The option it is about.
  ///   - argument: The argument it is about.
  /// - Returns: The lines for standard error.
  func usageError(
    _ message: String, option: OptionDeclaration? = nil, argument: ArgumentDeclaration? = nil
  ) -> String {
    var lines = ["Error: " + translatedLabel(in: message, option: option, argument: argument)]
    if let option { lines.append("Help:  \(label(option))  \(text(for: option))") }
    if let argument { lines.append("Help:  \(label(argument))  \(translate(argument.help))") }
    lines += usageLines(heading: "Usage:")
    lines.append("  See '\(path.joined(separator: " ")) --help' for more information.")
    return lines.joined(separator: "\n") + "\n"
  }

  /// A message with the English label of its option or argument in the reader's language.
  private func translatedLabel(
    in message: String, option: OptionDeclaration?, argument: ArgumentDeclaration?
  ) -> String {
    let labels =
      option.map { ($0.label, label($0)) } ?? argument.map { ($0.label, label($0)) }
    guard let (english, translated) = labels,
      let range = message.firstRange(of: "'\(english)'")
    else { return message }
    var text = message
    text.replaceSubrange(range, with: "'\(translated)'")
    return text
  }

  /// "See 'kartlegg help <subcommand>' for detailed help.", with this command's path.
  private var seeSubcommandHelp: String {
    let root = path[0]
    let english = "See '\(root) help <subcommand>' for detailed help."
    let translated = translate(english)
    guard path.count > 1 else { return translated }
    let command = "'\(root) help "
    guard let range = translated.firstRange(of: command) else { return translated }
    var text = translated
    text.replaceSubrange(range, with: command + path.dropFirst().joined(separator: " ") + " ")
    return text
  }

  private func label(_ option: OptionDeclaration) -> String {
    option.valueName.map { "--\(option.name) <\(translate($0))>" } ?? "--\(option.name)"
  }

  private func label(_ argument: ArgumentDeclaration) -> String {
    "<\(translate(argument.valueName))>" + (argument.isRepeating ? " ..." : "")
  }

  /// An option's help with its values and default.
  private func text(for option: OptionDeclaration) -> String {
    var notes: [String] = []
    if !option.choices.isEmpty {
      notes.append(translate("values:") + " " + option.choices.joined(separator: ", "))
    }
    if let value = option.defaultValue { notes.append(translate("default:") + " " + value) }
    let help = translate(option.help)
    return notes.isEmpty ? help : help + " (" + notes.joined(separator: "; ") + ")"
  }

  /// A label and its text in two columns, the text wrapped in its own column.
  private func row(_ label: String, _ text: String) -> [String] {
    let column = Self.column
    let wrapped = TextWrapping.lines(text, max(width - column, 20))
    let indent = String(repeating: " ", count: column)
    var lines: [String] = []
    if label.count + 4 <= column {
      let padding = String(repeating: " ", count: column - 2 - label.count)
      lines.append("  " + label + padding + (wrapped.first ?? ""))
    } else {
      lines.append("  " + label)
      if let first = wrapped.first { lines.append(indent + first) }
    }
    lines += wrapped.dropFirst().map { indent + $0 }
    return lines
  }
}
