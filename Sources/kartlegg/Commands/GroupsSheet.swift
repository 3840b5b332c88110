import Foundation
import KartleggApp
import KartleggCommandLine
import KartleggReport
import KartleggTerminal

/// `kartlegg groups sheet --cohort NAME --group G3`: one group as a teacher's sheet, with names.
struct GroupsSheet: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "sheet",
      abstract: "Print one group as a teacher's sheet, with names (audit-logged).",
      discussion: """
        From the accepted plan, else the latest suggestion (the sheet says which). Per member:
        name, level per area, devices and needs, literacy, Norwegian level, interpreter and
        channel; the group's channels and interpreter bookings on top. --format html writes one
        A4 page to print. Names are personal data: each sheet is recorded in the audit log.

        Example:
          kartlegg groups sheet --cohort "Høst 2026" --group G3 --format html --output g3.html
        """
    )
  }

  let options: CohortOptions
  let group: String
  let format: SheetFormat
  let output: String?
  let display: DisplayOptions

  init(reading line: CommandLineReader) throws {
    options = try CohortOptions(reading: line)
    group = try line.requiredOption(
      "group", value: "name", help: "The group's name, as groups show prints it.")
    format = try line.choice(
      "format", help: "Output format: text or html.", default: SheetFormat.text)
    output = line.option(
      "output", value: "file", help: "Write to this file (mode 0600) instead of standard output.")
    display = DisplayOptions(reading: line)
  }

  func run() throws {
    let context = try CommandContext(resources: options.resources, interface: options.interface)
    let bidi = try display.mode()
    let (store, cohort) = try options.open(context: context)
    let sheet = try context.run {
      try MakeGroupSheet(context: context.app, store: store).run(
        cohort: cohort, group: group, now: Date())
    }
    let text: String
    switch format {
    case .html: text = GroupSheetHTML(ui: context.ui).rendered(sheet)
    case .text:
      text =
        GroupSheetText(
          ui: context.ui, width: output == nil ? TerminalWidth.current() : 100,
          bidi: output == nil ? bidi : .terminal
        ).rendered(sheet) + "\n"
    }
    guard let output else {
      StandardOutput.write(text)
      return
    }
    try context.run { try OwnerOnlyFile.write(Array(text.utf8), to: output) }
  }
}

/// Output formats of `groups sheet`.
enum SheetFormat: String, CaseIterable {
  case text
  case html
}
