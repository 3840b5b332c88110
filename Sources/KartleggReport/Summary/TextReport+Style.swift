import KartleggTerminal

extension TextReport {
  /// How the text report lays out text: the width to wrap to, and whether headings are bold.
  struct Style {
    /// The columns available; no line is longer.
    var width: Int
    /// Whether to print escape codes (bold) at all.
    var color: Bool

    /// A heading: safe, wrapped, bold when colour is on.
    func heading(_ text: String) -> [String] {
      wrapped(TextReport.flattened(text), bold: true)
    }

    /// The synthetic-data banner: every line marked with `!`, bold when colour is on.
    func banner(_ text: String) -> [String] {
      wrapped(text, indent: "! ", bold: true)
    }

    /// Text made safe and wrapped to the width, each line starting with `indent`.
    func wrapped(_ text: String, indent: String = "", bold: Bool = false) -> [String] {
      // TextWrap keeps lines one column short of the width it is given.
      TextWrap.lines(text, width: width + 1, indent: indent).map { line in
        bold && color ? indent + "\u{1B}[1m" + line.dropFirst(indent.count) + "\u{1B}[0m" : line
      }
    }
  }
}
