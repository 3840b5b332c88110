import KartleggCore
import KartleggTerminal

/// A teacher's sheet as terminal text: wrapped to the terminal's width by display width, each
/// line made safe and laid out for the terminal's bidi mode like the rest of kartlegg's output;
/// names in right-to-left scripts are isolated so they never reorder the words around them.
public struct GroupSheetText {
  let ui: InterfaceText
  let width: Int
  let bidi: BidiMode

  /// Creates the renderer.
  ///
  /// - Parameters:
  ///   - ui: The adviser's interface.
  ///   - width: The terminal's columns.
  ///   - bidi: How right-to-left text reaches the terminal.
  public init(ui: InterfaceText, width: Int = 80, bidi: BidiMode = .terminal) {
    self.ui = ui
    self.width = width
    self.bidi = bidi
  }

  /// The sheet as text.
  ///
  /// - Parameter sheet: The sheet.
  /// - Returns: The text, lines separated by newlines, without a final newline.
  public func rendered(_ sheet: GroupSheet) -> String {
    var lines = [
      ui("sheet.title", safe(sheet.group), safe(sheet.cohort)), safe(sheet.plan),
      ui("sheet.made", sheet.madeAt),
    ]
    if sheet.isSynthetic { lines.append(ui("summary.synthetic")) }
    lines.append(ui("sheet.members", sheet.members.count) + " · " + safe(sheet.profile))
    lines.append(
      sheet.channels.isEmpty
        ? ui("groups.channels-none") : ui("groups.channels", safe(sheet.channels)))
    if !sheet.unreachable.isEmpty {
      lines.append(ui("groups.unreachable", sheet.unreachable.map(safe).joined(separator: ", ")))
    }
    lines.append(
      sheet.bookings.isEmpty
        ? ui("sheet.bookings-none")
        : ui("sheet.bookings", sheet.bookings.map(safe).joined(separator: "; ")))
    for (index, member) in sheet.members.enumerated() {
      lines.append("")
      lines.append("\(index + 1). " + safe(member.name))
      lines += memberLines(member, dimensions: sheet.dimensions).map { "   " + $0 }
    }
    return lines.flatMap(wrapped).joined(separator: "\n")
  }

  private func memberLines(_ member: GroupSheet.Member, dimensions: [String]) -> [String] {
    let levels = zip(dimensions, member.levels).map { safe($0) + ": " + safe($1) }
    let needs =
      member.needs.isEmpty
      ? ui("sheet.needs-none")
      : member.needs.map(safe).joined(
        separator: "; ")
    return [
      ui("sheet.level") + ": " + safe(member.overallLevel) + " (" + levels.joined(separator: " · ")
        + ")",
      ui("sheet.needs") + ": " + needs,
      ui("sheet.literacy") + ": " + safe(member.literacy) + " · " + ui("sheet.norwegian") + ": "
        + safe(member.norwegian),
      ui("sheet.interpreter") + ": " + (member.interpreter.map(safe) ?? ui("sheet.no-interpreter"))
        + " · " + ui("sheet.channel") + ": " + safe(member.channel),
    ]
  }

  /// Text from the store or a survey, made safe and isolated when it holds right-to-left letters.
  private func safe(_ text: String) -> String {
    Bidi.isolated(TerminalText.safe(text), rightToLeft: false)
  }

  private func wrapped(_ line: String) -> [String] {
    TextWrap.hanging(line, width: width).map { Bidi.display($0, mode: bidi) }
  }
}
