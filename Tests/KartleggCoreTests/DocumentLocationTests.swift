import KartleggCore
import Testing

struct DocumentLocationTests {
  @Test(arguments: [
    (DocumentLocation(file: "a.xml", line: 3), "a.xml:3"),
    (DocumentLocation(file: "a.xml", line: 3, column: 14), "a.xml:3:14"),
  ])
  func describesLocationLikeACompiler(location: DocumentLocation, text: String) {
    #expect(location.description == text)
  }

  @Test func ordersLocationsByFileLineAndColumn() {
    let locations = [
      DocumentLocation(file: "b.xml", line: 1),
      DocumentLocation(file: "a.xml", line: 9, column: 2),
      DocumentLocation(file: "a.xml", line: 9),
      DocumentLocation(file: "a.xml", line: 10, column: 1),
    ]
    #expect(
      locations.sorted().map(\.description) == ["a.xml:9", "a.xml:9:2", "a.xml:10:1", "b.xml:1"])
  }
}
