extension HTMLReport {
  /// The report's only stylesheet, inline: one column on a phone, direction-neutral
  /// (`start`/`end`, logical sizes), printable in black and white on A4 — bars are drawn as
  /// borders, which print without the browser's "background graphics".
  static let stylesheet = """
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0; color: #1a1a1a; background: #fff; line-height: 1.4; overflow-wrap: anywhere;
      font-family: system-ui, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic",
        "Noto Sans CJK SC", sans-serif;
    }
    main { max-width: 52em; margin: 0 auto; padding: 1em; }
    h1 { font-size: 1.5em; margin: 0 0 0.25em; }
    h2 { font-size: 1.2em; margin: 1.25em 0 0.5em; border-bottom: 1px solid #888; }
    header p { margin: 0.25em 0; }
    bdi { unicode-bidi: isolate; }
    .banner { margin: 0.5em 0; padding: 0.5em 0.75em; border: 3px solid #8a3b00;
      border-inline-start-width: 10px; color: #5c2700; }
    .cards, .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(15em, 1fr));
      gap: 0.25em 1.5em; align-items: start; }
    .grid { grid-template-columns: repeat(auto-fit, minmax(20em, 1fr)); }
    .grid .wide { grid-column: 1 / -1; }
    table { width: 100%; border-collapse: collapse; margin: 0.5em 0; }
    caption { text-align: start; font-weight: bold; padding: 0.25em 0; }
    th, td { padding: 0.15em 0.4em; border-bottom: 1px solid #ddd; text-align: start;
      vertical-align: top; font-weight: normal; }
    thead th { font-weight: bold; border-bottom: 2px solid #333; overflow-wrap: normal; }
    .count, .percent { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
    .percent { color: #444; }
    .hidden-count { font-weight: bold; }
    .bar { width: 25%; min-width: 3em; }
    .bar span { display: block; block-size: 0; border-top: 0.8em solid #1f5f99;
      margin-top: 0.3em; }
    .hidden-bar { border-inline-start: 2px dashed #888; }
    tfoot th, tfoot td { font-weight: bold; border-top: 2px solid #333; border-bottom: none; }
    .matrix td, .matrix th { font-size: 0.95em; }
    .matrix small { color: #444; }
    .note { font-size: 0.9em; color: #444; margin: 0.25em 0; }
    @media (max-width: 30em) {
      main { padding: 0.5em; }
      .bar { display: none; }
      .matrix, .group-list { display: block; overflow-x: auto; }
    }
    @media print {
      body { color: #000; font-size: 9.5pt; }
      main { max-width: none; padding: 0; }
      .banner { color: #000; border-color: #000; }
      .bar span { border-top-color: #444; }
      .note, .percent, .matrix small { color: #000; }
      table, tr { break-inside: avoid; }
      h2, caption { break-after: avoid; }
      thead { display: table-header-group; }
    }
    """

  /// The print rules: A4 pages with the cohort and date at the top and the page number at the
  /// bottom of each page.
  ///
  /// - Parameter running: The running header's text.
  /// - Returns: The `@page` rules.
  static func pageRules(running: String) -> String {
    """
    @page {
      size: A4; margin: 14mm 12mm 14mm;
      @top-left { content: "\(cssString(running))"; font-size: 8pt; }
      @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; }
    }
    """
  }

  /// Text as the inside of a CSS string: quotes, backslashes, line breaks and `<` escaped as
  /// code points, so no text can end the string, the rule or the `<style>` element.
  static func cssString(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"", "\\", "<", ">", "&":
        result += "\\" + String(scalar.value, radix: 16) + " "
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        result += "\\" + String(scalar.value, radix: 16) + " "
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
