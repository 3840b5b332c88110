import Foundation
import KartleggCore
import Testing

@testable import KartleggXML

@Suite struct XLIFFTests {
  private func xliff(_ units: String, target: String = "uk") -> [UInt8] {
    Array(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nb" trgLang="\(target)">
        <file id="small-example">
      \(units)
        </file>
      </xliff>
      """.utf8)
  }

  @Test func readsUnitsWithTheirStates() throws {
    let catalog = try XLIFFReader().read(
      xliff(
        """
            <unit id="survey.title"><segment state="reviewed"><source>Tittel</source><target>Назва</target></segment></unit>
            <unit id="section.device.title"><segment state="translated"><source>Utstyr</source><target>Пристрої</target></segment></unit>
            <unit id="flag.x.label"><segment><source>Flagg</source></segment></unit>
        """), file: "uk.xlf")
    #expect(catalog.catalogue == "small-example")
    #expect(catalog.targetLanguage == "uk")
    #expect(catalog.units.map(\.state) == [.reviewed, .translated, .initial])
    #expect(catalog.unit("flag.x.label")?.isTranslated == false)
    let title = catalog.translation(of: SourceText(key: "survey.title", text: "Tittel"))
    #expect(title?.text == "Назва")
    #expect(title?.isReviewed == true)
    #expect(catalog.translation(of: SourceText(key: "survey.title", text: "Ny tittel")) == nil)
  }

  @Test(arguments: [
    (
      #"<unit id="a"><segment state="done"><source>x</source></segment></unit>"#, 4,
      "unknown state 'done' in unit 'a'; expected initial, translated, reviewed or final"
    ),
    (
      #"<unit id="a"><segment><source>x</source></segment></unit><unit id="a"><segment><source>y</source></segment></unit>"#,
      4, "duplicate unit id 'a' (first defined on line 4)"
    ),
    (
      #"<unit id="a"><segment><source>x <b>y</b></source></segment></unit>"#, 4,
      "inline markup in unit 'a' is not supported; use plain text"
    ),
    (#"<unit id="a"></unit>"#, 4, "unit 'a' needs exactly one <segment>, found 0"),
    (
      "<unit id=\"a\"><segment><source>x</source><target>\u{202E}y</target></segment></unit>", 4,
      "bidi control U+202E in text; remove it"
    ),
  ])
  func reportsBrokenUnitsWithTheirLine(units: String, line: Int, message: String) throws {
    let failure = #expect(throws: LoadFailure.self) {
      try XLIFFReader().read(xliff(units), file: "uk.xlf")
    }
    let problem = try #require(failure?.problems.first)
    #expect(problem.location.line == line)
    #expect(problem.description == message)
  }

  @Test func rejectsAnotherRootOrVersion() throws {
    let failure = #expect(throws: LoadFailure.self) {
      try XLIFFReader().read(
        Array(#"<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>"#.utf8),
        file: "old.xlf")
    }
    #expect(
      failure?.problems.first?.description
        == "expected root element 'xliff' in namespace 'urn:oasis:names:tc:xliff:document:2.0', found 'xliff' in namespace 'urn:oasis:names:tc:xliff:document:1.2'"
    )
  }

  @Test func writerOutputReadsBackUnchanged() throws {
    let sources = [
      SourceText(key: "survey.title", text: "Tittel & <mer>"),
      SourceText(key: "question.q.text", text: "Spørsmål \"sitat\""),
      SourceText(key: "question.q.help", text: "Hjelp"),
    ]
    let existing = TranslationCatalog(
      catalogue: "c", sourceLanguage: "nb", targetLanguage: "ar",
      units: [
        TranslationUnit(
          key: "survey.title", source: "Tittel & <mer>", target: "العنوان", state: .reviewed,
          location: DocumentLocation(file: "", line: 1)),
        TranslationUnit(
          key: "question.q.text", source: "Gammelt spørsmål", target: "سؤال", state: .final,
          location: DocumentLocation(file: "", line: 1)),
        TranslationUnit(
          key: "removed", source: "Borte", target: "x", state: .reviewed,
          location: DocumentLocation(file: "", line: 1)),
      ])
    let text = XLIFFWriter().document(
      for: sources, existing: existing, catalogue: "c", sourceLanguage: "nb", targetLanguage: "ar")
    let catalog = try XLIFFReader().read(Array(text.utf8), file: "ar.xlf")
    #expect(catalog.units.map(\.key) == ["survey.title", "question.q.text", "question.q.help"])
    #expect(catalog.unit("survey.title")?.source == "Tittel & <mer>")
    #expect(Array((catalog.unit("survey.title")?.target ?? "").utf8) == Array("العنوان".utf8))
    #expect(catalog.unit("survey.title")?.state == .reviewed)
    // A changed source keeps the old translation, marked as needing review.
    #expect(catalog.unit("question.q.text")?.source == "Spørsmål \"sitat\"")
    #expect(catalog.unit("question.q.text")?.state == .translated)
    #expect(catalog.unit("question.q.help")?.state == .initial)
  }
}

@Suite struct ShippedTranslationTests {
  @Test(arguments: ["ar", "prs", "ps", "ur", "ti", "uk"])
  func targetsRoundTripByteExact(language: String) throws {
    let path = "locales/digital-intake/\(language).xlf"
    let bytes = try Fixture.repositoryBytes(path)
    let catalog = try XLIFFReader().read(bytes, file: path)
    #expect(catalog.units.count > 300)
    let raw = String(decoding: bytes, as: UTF8.self)
    var checked = 0
    for unit in catalog.units {
      let target = try #require(unit.target)
      #expect(unit.state == .translated, "\(unit.key) must stay marked as needing review")
      guard !target.contains("&"), !target.contains("<"), !target.contains(">") else { continue }
      #expect(raw.contains("<target>\(target)</target>"), "\(unit.key) changed on reading")
      #expect(
        Array(target.utf8) == Array(target.precomposedStringWithCanonicalMapping.utf8),
        "\(unit.key) is not NFC")
      checked += 1
    }
    #expect(checked > 300)
  }
}
