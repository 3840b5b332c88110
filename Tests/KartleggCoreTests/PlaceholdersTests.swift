import KartleggCore
import Testing

struct PlaceholdersTests {
  @Test(arguments: [
    ("{1} of {2}", ["3", "5"], "3 of 5"),
    ("{2} before {1}", ["a", "b"], "b before a"),
    ("no placeholders", ["x"], "no placeholders"),
    ("{3} has no value", ["a"], "{3} has no value"),
    ("{x} and {} stay", ["a"], "{x} and {} stay"),
    ("unclosed {1", ["a"], "unclosed {1"),
    ("{{1}}", ["a"], "{a}"),
  ])
  func fillsEachPlaceholderOnce(text: String, values: [String], expected: String) {
    #expect(Placeholders.fill(text, with: values) == expected)
  }

  @Test func neverFillsAValueAgain() {
    #expect(Placeholders.fill("{1} and {2}", with: ["{2}", "b"]) == "{2} and b")
  }
}
