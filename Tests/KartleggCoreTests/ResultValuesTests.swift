import KartleggCore
import Testing

struct ResultValuesTests {
  @Test func overrideWinsOverTheAssessment() {
    let values = ResultValues.inForce(
      assessed: [.overallLevel: "beginner", .channel: "sms"],
      overrides: [(part: .overallLevel, chosen: "some")])
    #expect(values[.overallLevel] == "some")
    #expect(values[.channel] == "sms")
  }

  @Test func latestOverrideOfAPartWins() {
    let values = ResultValues.inForce(
      assessed: [.channel: "sms"],
      overrides: [(part: .channel, chosen: "whatsapp"), (part: .channel, chosen: "teams")])
    #expect(values[.channel] == "teams")
  }

  @Test func overrideGivesAPartTheAssessmentLeftEmpty() {
    let values = ResultValues.inForce(
      assessed: [:], overrides: [(part: .interpreterLanguage, chosen: "ar")])
    #expect(values == [.interpreterLanguage: "ar"])
  }

  @Test func noOverridesKeepTheAssessment() {
    let assessed: [AssessedPart: String] = [.overallLevel: "experienced", .interpreterNeed: "none"]
    #expect(ResultValues.inForce(assessed: assessed, overrides: []) == assessed)
  }
}
