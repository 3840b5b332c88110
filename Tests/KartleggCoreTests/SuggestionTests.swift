import KartleggCore
import Testing

struct SuggestionTests {
  @Test(
    arguments: [
      ("devices.phone", ["device.laptop", "device.phone"], "device.phone"),
      ("suport", ["apps", "support"], "support"),
      ("emial", ["mail", "email"], "email"),
      ("whatsap", ["whatsup", "whatsapp"], "whatsapp"),  // tie: the one that sorts first
      ("cat", ["hat", "bat"], "bat"),  // tie: the one that sorts first
      ("support", ["support", "suport"], "suport"),  // the name itself is never suggested
      ("ab", ["xy"], "xy"),  // short names allow 2 edits
      ("", ["abc", "ab"], "ab"),
      ("abcdefghijkl", ["abcdefghwxyz"], "abcdefghwxyz"),  // 4 edits, a third of 12
    ] as [(String, [String], String?)])
  func suggestsClosestCandidate(name: String, candidates: [String], expected: String?) {
    #expect(Suggestion.closest(to: name, among: candidates) == expected)
  }

  @Test(arguments: [
    ("xyz", ["support", "apps"]),
    ("abc", []),
    ("support", ["support"]),
    ("abcdefghijkl", ["abcdefgvwxyz"]),  // 5 edits, more than a third of 12
    ("ab", ["xyz"]),  // 3 edits
    ("beginner", ["experienced", "some"]),
  ])
  func suggestsNothingWhenNoCandidateIsClose(name: String, candidates: [String]) {
    #expect(Suggestion.closest(to: name, among: candidates) == nil)
  }
}
