/// A small survey written in the tests: one dimension `score` fed by one question whose option
/// `pK` gives K points, 0–100, so that K points are exactly K %. It also has a date question
/// (2020-01-01 to 2030-12-31) and the interpreter language question.
enum ScoreSurvey {
  static let file = "score-survey.xml"

  /// The survey's text with the given bands on the dimension and on the overall level.
  static func text(bands: [(level: String, minimum: Int, maximum: Int)]) -> String {
    let bandLines = bands.map {
      "    <band level=\"\($0.level)\" min=\"\($0.minimum)\" max=\"\($0.maximum)\"/>"
    }.joined(separator: "\n")
    let options = (0...100).map { points in
      points == 0
        ? "      <option value=\"p0\"><label>0</label></option>"
        : "      <option value=\"p\(points)\"><label>\(points)</label>"
          + "<points dimension=\"score\" value=\"\(points)\"/></option>"
    }.joined(separator: "\n")
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <survey xmlns="urn:kartlegg:survey:1" id="score-test" version="2.1" language="nb">
        <title>Grenser</title>
        <languages>
          <language code="nb" native="norsk bokmål" script="Latn" direction="ltr">norsk</language>
          <language code="ti" native="ትግርኛ" script="Ethi" direction="ltr">tigrinja</language>
        </languages>
        <levels>
          <level id="beginner"><label>Nybegynner</label></level>
          <level id="some"><label>Litt øvet</label></level>
          <level id="experienced"><label>Øvet</label></level>
        </levels>
        <dimensions>
          <dimension id="score">
            <label>Poeng</label>
      \(bandLines)
          </dimension>
        </dimensions>
        <overall>
      \(bandLines)
        </overall>
        <section id="main">
          <title>Alt</title>
          <question id="score.points" type="single-choice">
            <text>Hvor mange poeng?</text>
      \(options)
          </question>
          <question id="start.date" type="date" min="2020-01-01" max="2030-12-31">
            <text>Når startet du?</text>
          </question>
          <question id="interpreter.language" type="language">
            <text>Hvilket språk trenger du tolk på?</text>
          </question>
        </section>
        <channels>
          <channel id="phone"><label>Telefon</label></channel>
          <rule id="phone-default" channel="phone" when="true"><reason>Alle</reason></rule>
        </channels>
        <interpreter language="interpreter.language">
          <need id="need-assess" value="assess" when="true"><reason>Vurder</reason></need>
          <mode id="mode-in-person" value="in-person" when="true"><reason>Oppmøte</reason></mode>
        </interpreter>
        <grouping>
          <policy id="by-level" min="6" max="10">
            <label>Nivå</label>
            <key level="overall" weight="1"/>
          </policy>
        </grouping>
      </survey>
      """
  }

  /// Bands 0–39, 40–74, 75–100, as in the standard survey.
  static let standardBands: [(level: String, minimum: Int, maximum: Int)] = [
    ("beginner", 0, 39), ("some", 40, 74), ("experienced", 75, 100),
  ]
}
