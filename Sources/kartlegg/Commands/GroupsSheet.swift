import ArgumentParser
import Foundation
import KartleggApp
import KartleggReport
import KartleggTerminal

/// `kartlegg groups sheet --cohort NAME --group G3`: one group as a teacher's sheet, with names.
struct GroupsSheet: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "sheet",
      abstract: HelpText.text("Print one group as a teacher's sheet, with names (audit-logged)."),
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

  @OptionGroup var options: CohortOptions

  @Option(help: ArgumentHelp("The group's name, as groups show prints it.", valueName: "name"))
  var group: String

  @Option(help: "Output format: text or html.")
  var format = SheetFormat.text

  @Option(help: ArgumentHelp("Write to this file (mode 0600) instead of standard output."))
  var output: String?

  @OptionGroup var display: DisplayOptions

  func run() throws {
    let context = try CommandContext(resources: options.resources, interface: options.interface)
    let bidi = try display.mode()
    let store = try options.database.open(context: context)
    let sheet = try context.run {
      try MakeGroupSheet(context: context.app, store: store).run(
        cohort: options.cohort, group: group, now: Date())
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
enum SheetFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case html
}
