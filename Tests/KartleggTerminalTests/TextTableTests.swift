import KartleggTerminal
import Testing

@Suite struct TextTableTests {
  @Test func aLineFeedInACellNeverStartsANewRow() {
    let table = TextTable(
      header: ["id", "name"], rows: [["A1", "Ali\nB2  fake row"], ["A2", "Sara"]])
    let lines = table.rendered(indent: "").split(separator: "\n")
    #expect(lines == ["id  name", #"A1  Ali\nB2  fake row"#, "A2  Sara"])
  }

  @Test func rightToLeftCellsAreIsolatedAndColumnsAlignByDisplayWidth() {
    let table = TextTable(
      header: ["code", "name", "n"], rows: [["ar", "العربية", "3"], ["ti", "ትግርኛ", "12"]],
      rightAligned: [2])
    let lines = table.rendered(indent: "").split(separator: "\n").map(String.init)
    #expect(lines[1] == "ar    \u{2068}العربية\u{2069}   3")
    #expect(lines[2] == "ti    ትግርኛ     12")
    #expect(Set(lines.map(DisplayWidth.of)).count == 1)
  }

  @Test func aLongNameIsRenderedInLinearTime() {
    let name = String(repeating: "\u{200F}ab\u{301} ", count: 2_500)
    let table = TextTable(header: ["id", "name"], rows: [["A1", name], ["A2", "x"]])
    let clock = ContinuousClock()
    var rendered = ""
    let elapsed = clock.measure { rendered = table.rendered() }
    #expect(elapsed < .seconds(1))
    #expect(rendered.split(separator: "\n").count == 3)
    #expect(!rendered.hasSuffix(" "))
  }
}
