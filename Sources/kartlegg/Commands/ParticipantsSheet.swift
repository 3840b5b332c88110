import Foundation
import KartleggApp
import KartleggCommandLine

/// `kartlegg participants sheet ID`: the participant's own result as a printable page.
struct ParticipantsSheet: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "sheet",
      abstract: "Write a participant's result in their own language as a printable A4 HTML page.",
      discussion: """
        The page says, in plain words and in the participant's language (with the adviser's \
        language beneath): the level, how we will contact them, the interpreter, and what \
        happens next. Right-to-left languages are laid out right to left. Making a sheet is \
        audit-logged; the file is readable by its owner only.

        Examples:
          kartlegg participants sheet K7QM-3XPD --output K7QM-3XPD.html
          kartlegg participants sheet K7QM-3XPD > sheet.html
        """
    )
  }

  let id: String
  let output: String?
  let database: DatabaseOptions
  let resources: ResourceOptions
  let interface: InterfaceOptions

  init(reading line: CommandLineReader) throws {
    id = try line.argument("id", help: "The participant's id.")
    output = line.option(
      "output", value: "file", help: "Write the page to this file (default: standard output).")
    database = DatabaseOptions(reading: line)
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
  }

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
