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
}
