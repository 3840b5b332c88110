import KartleggCore

/// The participant's result sheet: a printable A4 HTML page in the participant's language,
/// with the same text in the adviser's language beneath when the two differ.
///
/// Each section carries its own `lang` and `dir`, so a right-to-left language lays out right to
/// left; every value filled into a sentence is escaped and isolated in `<bdi>`, so a Latin name
/// such as "WhatsApp" keeps its place inside Arabic text.
public enum ParticipantSheetHTML {
  /// The page.
  ///
  /// - Parameters:
  ///   - participant: The view in the participant's language.
  ///   - adviser: The view in the adviser's language, shown beneath when the language differs.
  ///   - number: The participant's pseudonymous id, as the sheet names it.
  ///   - date: The date the sheet was made, `YYYY-MM-DD`.
  /// - Returns: The HTML document.
  public static func render(
    participant: ParticipantResultView, adviser: ParticipantResultView?, number: String,
    date: String
  ) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="\(HTMLText.escaped(participant.language.rawValue))" \
      dir="\(participant.isRightToLeft ? "rtl" : "ltr")">
      <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title>\(HTMLText.escaped(participant.title))</title>
      <style>
      @page { size: A4; margin: 20mm; }
      body { font-family: "Noto Sans", "Noto Naskh Arabic", "Noto Sans Ethiopic", sans-serif;
        font-size: 14pt; line-height: 1.6; color: #000; max-width: 170mm; margin: 0 auto; }
      h1 { font-size: 22pt; margin: 0 0 8mm; }
      ul { list-style: none; padding: 0; margin: 0; }
      li { margin: 0 0 5mm; }
      .number { margin-top: 10mm; }
      .adviser { margin-top: 15mm; padding-top: 6mm; border-top: 1px solid #888; font-size: 11pt; }
      .adviser h1 { font-size: 14pt; }
      </style>
      </head>
      <body>

      """
    html += section(participant, number: number, date: date, isMain: true)
    if let adviser, adviser.language != participant.language {
      html += section(adviser, number: number, date: date, isMain: false)
    }
    html += "</body>\n</html>\n"
    return html
  }

  private static func section(
    _ view: ParticipantResultView, number: String, date: String, isMain: Bool
  ) -> String {
    var html =
      "<section lang=\"\(HTMLText.escaped(view.language.rawValue))\" "
      + "dir=\"\(view.isRightToLeft ? "rtl" : "ltr")\"\(isMain ? "" : " class=\"adviser\"")>\n"
    html += "<h1>\(HTMLText.escaped(view.title))</h1>\n<ul>\n"
    for line in view.lines {
      html += "<li>" + filled(line) + "</li>\n"
    }
    html += "</ul>\n"
    if isMain {
      let line = ParticipantResultView.Line(template: view.numberTemplate, values: [number])
      html += "<p class=\"number\">\(filled(line)) · <bdi>\(HTMLText.escaped(date))</bdi></p>\n"
    }
    return html + "</section>\n"
  }

  /// A sentence escaped, with each value escaped and isolated.
  private static func filled(_ line: ParticipantResultView.Line) -> String {
    Placeholders.fill(HTMLText.escaped(line.template), with: line.values.map(HTMLText.isolated))
  }
}
