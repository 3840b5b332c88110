import KartleggCore
import KartleggReport
import Testing

@Suite struct ReportVocabularyTests {
  @Test func keepsEveryWordItIsGiven() {
    let words = (0..<17).map { "w\($0)" }
    let vocabulary = ReportVocabulary(
      title: words[0], cohort: words[1], participants: words[2], total: words[3], count: words[4],
      hiddenMark: words[5], hiddenNote: words[6], syntheticBanner: words[7], groups: words[8],
      groupsAccepted: words[9], groupsSuggested: words[10], noGroups: words[11],
      groupName: words[12], groupSize: words[13], groupProfile: words[14],
      groupChannels: words[15], groupInterpreters: words[16])
    #expect(vocabulary.title == "w0")
    #expect(vocabulary.hiddenMark == "w5")
    #expect(vocabulary.groupInterpreters == "w16")
  }

  @Test(arguments: [
    ("Counts under {1} are hidden.", "Counts under 5 are hidden."),
    ("{1}% or fewer", "5% or fewer"),
    ("no placeholder", "no placeholder"),
    ("%d and %@ are not placeholders", "%d and %@ are not placeholders"),
    ("{2} has no value", "{2} has no value"),
  ])
  func fillsTheThreshold(word: String, expected: String) {
    #expect(ReportVocabulary.filled(word, number: 5) == expected)
  }

  @Test func fillsThePolicyOnceWithoutReadingItAgain() {
    let section = GroupsSection(state: .accepted, policy: "100 {1} {2}", groups: [])
    #expect(Samples.vocabulary.groupsLine(for: section) == "Accepted groups (policy: 100 {1} {2})")
    let suggested = GroupsSection(state: .suggested, policy: "p", groups: [])
    #expect(Samples.vocabulary.groupsLine(for: suggested) == "Suggested groups (policy: p)")
  }

  @Test func showsCountOrHiddenMark() {
    #expect(Samples.vocabulary.text(of: .shown(0)) == "0")
    #expect(Samples.vocabulary.text(of: .hidden) == ":")
    #expect(Samples.vocabulary.hiddenNote(minimumCell: 7) == "Counts under 7 are hidden (:).")
  }
}
