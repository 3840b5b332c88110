import ArgumentParser
import Foundation
import KartleggApp

/// `kartlegg participants sheet ID`: the participant's own result as a printable page.
struct ParticipantsSheet: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "sheet",
      abstract: HelpText.text(
        "Write a participant's result in their own language as a printable A4 HTML page."),
      discussion: HelpText.text(
        """
        The page says, in plain words and in the participant's language (with the adviser's \
        language beneath): the level, how we will contact them, the interpreter, and what \
        happens next. Right-to-left languages are laid out right to left. Making a sheet is \
        audit-logged; the file is readable by its owner only.

        Examples:
          kartlegg participants sheet K7QM-3XPD --output K7QM-3XPD.html
          kartlegg participants sheet K7QM-3XPD > sheet.html
        """)
    )
  }

  @Argument(help: HelpText.argument("The participant's id.", valueName: "id"))
  var id: String

  @Option(
    help: HelpText.argument(
      "Write the page to this file (default: standard output).", valueName: "file"))
  var output: String?

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    let store = try database.open(context: context)
    let date = ISO8601DateFormatter.string(
      from: Date(), timeZone: .current, formatOptions: [.withFullDate])
    let page = try context.run {
      try MakeParticipantSheet(context: context.app, store: store).run(
        id, output: output, date: date)
    }
    if let page { StandardOutput.write(page) }
  }
}
